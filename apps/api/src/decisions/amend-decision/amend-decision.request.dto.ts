import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  IsNumber,
  IsObject,
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

/**
 * Any recordable field but externalId (an unknown property, externalId too,
 * is 400). Fields every decision has may be changed but not cleared: null is
 * 400 for them; caseRef, summary and amount may be cleared with null.
 */
export class DecisionChangesDto {
  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  itemCode?: string;

  @ApiPropertyOptional()
  @IfPresent()
  @IsCalendarDate()
  decidedAt?: string;

  @ApiPropertyOptional({ type: DecidedByDto })
  @IfPresent()
  @IsObject()
  @ValidateNested()
  @Type(() => DecidedByDto)
  decidedBy?: DecidedByDto;

  @ApiPropertyOptional()
  @IfPresent()
  @IsCalendarDate()
  registeredAt?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  caseRef?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string | null;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount?: number | null;

  @ApiPropertyOptional()
  @IfPresent()
  @IsBoolean()
  urgent?: boolean;
}

export class AmendDecisionDto {
  @ApiProperty({ type: DecisionChangesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionChangesDto)
  changes!: DecisionChangesDto;

  @ApiProperty({ example: 'fel punkt angiven' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
