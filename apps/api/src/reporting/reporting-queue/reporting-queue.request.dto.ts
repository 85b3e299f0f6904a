import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ID_PATTERN } from '../../application/input/validation';
import { TodayQuery } from '../../application/input/today.query';

export class QueueQuery extends TodayQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ID_PATTERN)
  bodyId?: string;

  @ApiPropertyOptional({ enum: ['pending', 'overdue'] })
  @IsOptional()
  @IsIn(['pending', 'overdue'])
  status?: 'pending' | 'overdue';
}
