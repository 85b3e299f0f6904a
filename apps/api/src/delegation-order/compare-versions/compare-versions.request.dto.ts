import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../application/input/validation';

export class CompareQuery {
  @ApiProperty({ example: 'ifon-2022-06', description: 'the earlier version' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  from!: string;

  @ApiProperty({ example: 'ifon-2023-01', description: 'the later version' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  to!: string;
}
