import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import {
  mayUseBoard,
  maySeeConfidential,
  type Principal,
  readableBoards,
} from '../../auth/principal';
import { maskConfidentialEvents } from '../../decisions/confidential-masking.policy';
import { ApiErrors } from '../../http/api-errors.decorator';
import { AuditPageDto } from '../../http/api-responses.dto';
import { Caller } from '../../http/request-context';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { EventLogQueries } from '../../projections/event-log/event-log.queries';
import { AuditEventsQuery } from './audit-events.request.dto';

@ApiTags('audit')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/audit')
export class AuditEventsHttpController {
  constructor(
    private readonly eventLog: EventLogQueries,
    private readonly decisions: DecisionQueries,
  ) {}

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
    const page = this.eventLog.page(query.fromPosition ?? 0, limit, boards);
    const events = maskConfidentialEvents(page, this.decisions.confidentiality(), (boardId) =>
      maySeeConfidential(caller, boardId),
    );
    return {
      events,
      nextPosition:
        events.length === 0 ? (query.fromPosition ?? 0) : events[events.length - 1].position + 1,
    };
  }
}
