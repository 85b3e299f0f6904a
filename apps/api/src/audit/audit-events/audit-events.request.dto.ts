import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ID_PATTERN } from '../../application/input/validation';

export class AuditEventsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ID_PATTERN)
  boardId?: string;

  @ApiPropertyOptional({ description: 'inclusive; nextPosition of the previous page', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  fromPosition?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
