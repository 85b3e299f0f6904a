import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { ID_PATTERN, IsCalendarDate } from '../../application/input/validation';

export class ScheduleMeetingDto {
  @ApiProperty({ example: 'su-2023-04-13' })
  @Matches(ID_PATTERN)
  meetingId!: string;

  @ApiProperty({ example: 'socialt-utskott' })
  @Matches(ID_PATTERN)
  bodyId!: string;

  @ApiProperty({ example: '2023-04-13' })
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({ description: 'default: the day before the meeting' })
  @IsOptional()
  @IsCalendarDate()
  listCutoff?: string;

  @ApiPropertyOptional({
    default: true,
    description: 'false for a meeting that takes no delegation reports',
  })
  @IsOptional()
  @IsBoolean()
  receivesReports?: boolean;
}
