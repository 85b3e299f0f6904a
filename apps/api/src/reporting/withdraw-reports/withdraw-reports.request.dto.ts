import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ReasonDto } from '../../application/input/reason.dto';

export class WithdrawReportsDto extends ReasonDto {
  @ApiProperty({ type: [String], maxItems: 5000 })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  decisionIds!: string[];
}
