import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  DECISION_STATUSES,
  type DecisionStatus,
  FLAGS,
  type Flag,
} from '@delegationsbeslut/domain';
import { IsCalendarDate } from '../../application/input/validation';
import { TodayQuery } from '../../application/input/today.query';

export class ListDecisionsQuery extends TodayQuery {
  @ApiPropertyOptional({ enum: DECISION_STATUSES })
  @IsOptional()
  @IsIn(DECISION_STATUSES)
  status?: DecisionStatus;

  @ApiPropertyOptional({ enum: FLAGS })
  @IsOptional()
  @IsIn(FLAGS)
  flag?: Flag;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  itemCode?: string;

  @ApiPropertyOptional({ description: 'decidedAt on or after' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'decidedAt on or before' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({
    description: 'the body of the current step: decisions now waiting to be reported there',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  bodyId?: string;

  @ApiPropertyOptional({ description: 'the source system that sent the decision' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sourceSystem?: string;

  @ApiPropertyOptional({
    description:
      'the case number, exactly or its beginning; honoured only for callers who may see the board’s confidential data, ignored for the others',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  caseRef?: string;
}
