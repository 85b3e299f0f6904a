import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from './validation';

/** `?today=`: every read that judges lets its caller ask about another day. */
export class TodayQuery {
  @ApiPropertyOptional({
    description: 'judge as on this date (default: today in Europe/Stockholm)',
  })
  @IsOptional()
  @IsCalendarDate()
  today?: string;
}
