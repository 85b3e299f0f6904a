import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type Database from 'better-sqlite3';
import { Roles } from '../auth/auth.guard';
import { mayUseBoard, maySeeConfidential, type Principal, readableBoards } from '../auth/principal';
import { maskConfidentialEvents } from '../decisions/queries/confidential-masking.policy';
import { ID_PATTERN } from '../http/validation';
import { Caller } from '../http/request-context';
import { eventLogQueries } from '../projections/event-log/event-log.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { ApiErrors } from '../http/api-errors.decorator';
import { AuditPageDto } from '../http/api-responses.dto';

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
  fromPosition?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/audit')
export class AuditController {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  @Get('events')
  @Roles('auditor')
  @ApiOperation({
    summary: 'The event log in global order, a page at a time; a token sees only its boards',
  })
  @ApiResponse({ status: 200, type: AuditPageDto })
  events(@Query() query: AuditEventsQuery, @Caller() caller: Principal) {
    if (query.boardId && !mayUseBoard(caller, query.boardId)) {
      throw new ForbiddenException(`this token is not allowed for board ${query.boardId}`);
    }
    const boards = query.boardId ? [query.boardId] : readableBoards(caller);
    const limit = query.limit ?? 100;
    const page = eventLogQueries.page(this.db, query.fromPosition ?? 0, limit, boards);
    // the log is the facts, but sekretess holds here too: as in every other read
    const events = maskConfidentialEvents(this.db, page, (boardId) =>
      maySeeConfidential(caller, boardId),
    );
    return {
      events,
      nextPosition:
        events.length === 0 ? (query.fromPosition ?? 0) : events[events.length - 1].position + 1,
    };
  }
}
