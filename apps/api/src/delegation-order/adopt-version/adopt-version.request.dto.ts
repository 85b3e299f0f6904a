import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { REPORTING_RULES, type ReportingRule } from '@delegationsbeslut/domain';
import { ID_PATTERN, IsCalendarDate } from '../../application/input/validation';

export class DelegationOrderItemDto {
  @ApiProperty({ example: '3.7.2' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'SoL 4 kap. 1 §',
    description: 'free text: laws are renumbered',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  legalBasis?: string | null;

  @ApiProperty({ example: ['socialsekreterare', 'enhetschef'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  delegates!: string[];

  @ApiProperty({ enum: REPORTING_RULES })
  @IsIn(REPORTING_RULES)
  reporting!: ReportingRule;

  @ApiPropertyOptional({
    nullable: true,
    description: "bodies in order; default: the version's defaultRoute",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ID_PATTERN, { each: true })
  route?: string[] | null;

  @ApiPropertyOptional({ nullable: true, description: 'SEK' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  maxAmount?: number | null;
}

export class AdoptVersionDto {
  @ApiProperty({ example: 'ifon-2023-01' })
  @Matches(ID_PATTERN)
  versionId!: string;

  @ApiProperty({ example: '2023-01-03' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiPropertyOptional({ nullable: true, example: 'IFON 2022-12-13 § 200' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  adoptedRef?: string | null;

  @ApiProperty({ example: ['socialt-utskott', 'ifon'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ID_PATTERN, { each: true })
  defaultRoute!: string[];

  @ApiProperty({ type: [DelegationOrderItemDto] })
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => DelegationOrderItemDto)
  items!: DelegationOrderItemDto[];
}
