import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../application/input/validation';
import { DecidedByDto } from '../decided-by.dto';

/** Present and not undefined: `null` is then validated (and refused) like any other value. */
const IfPresent = () => ValidateIf((_, value: unknown) => value !== undefined);

/** The recordable fields but externalId. */
export class DecisionFieldsDto {
  @ApiProperty({ example: '3.7.2' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  itemCode!: string;

  @ApiProperty({ example: '2023-04-03', description: 'calendar date, Europe/Stockholm' })
  @IsCalendarDate()
  decidedAt!: string;

  @ApiProperty({ type: DecidedByDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DecidedByDto)
  decidedBy!: DecidedByDto;

  @ApiPropertyOptional({
    description: 'when the source system registered it; default: the day it is recorded here',
  })
  @IsOptional()
  @IsCalendarDate()
  registeredAt?: string;

  @ApiPropertyOptional({ nullable: true, example: 'IFO 2023/123' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caseRef?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string | null;

  @ApiPropertyOptional({
    description: 'sekretess: caseRef and summary shown only to tokens of this board',
  })
  @IfPresent()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ nullable: true, description: 'SEK' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount?: number | null;

  @ApiPropertyOptional({
    description: 'brådskande ordförandebeslut (KL 6 kap. 39 §): always reported to the nämnd',
  })
  @IfPresent()
  @IsBoolean()
  urgent?: boolean;
}

export class RecordDecisionDto extends DecisionFieldsDto {
  @ApiProperty({ example: 'viva-2023-000123', description: 'unique per source system and board' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId!: string;
}
