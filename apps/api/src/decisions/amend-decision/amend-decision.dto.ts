import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DecisionFieldsDto } from '../record-decision/record-decision.dto';

/** Any recordable field but externalId; an unknown property (externalId too) is 400. */
export class DecisionChangesDto extends PartialType(DecisionFieldsDto) {}

export class AmendDecisionDto {
  @ApiProperty({ type: DecisionChangesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => DecisionChangesDto)
  changes!: DecisionChangesDto;

  @ApiProperty({ example: 'fel punkt angiven' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReasonDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
