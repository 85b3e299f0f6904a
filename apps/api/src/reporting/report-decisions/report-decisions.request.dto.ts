import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

export class ReportDecisionsDto {
  @ApiProperty({ type: [String], maxItems: 5000 })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  decisionIds!: string[];

  @ApiPropertyOptional({
    nullable: true,
    example: '§ 123',
    description: 'the paragraph of the minutes where the list was received; shown on the step',
  })
  @IsOptional()
  @IsString()
  minutesParagraph?: string | null;
}
