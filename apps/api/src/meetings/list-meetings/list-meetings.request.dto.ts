import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ID_PATTERN, IsCalendarDate } from '../../application/input/validation';

export class MeetingsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ID_PATTERN)
  bodyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
