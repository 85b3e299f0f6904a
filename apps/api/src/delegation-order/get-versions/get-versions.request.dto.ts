import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '../../application/input/validation';

export class AtQuery {
  @ApiProperty({ example: '2023-04-03' })
  @IsCalendarDate()
  at!: string;
}
