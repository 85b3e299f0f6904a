import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../../auth/auth.guard';
import { maySeeConfidential } from '../../../auth/principal';
import { maskConfidentialEvents } from '../../../decisions/confidential-masking.policy';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { DecisionQueries } from '../../../projections/decisions/decisions.queries';
import { EventLogQueries } from '../../../projections/event-log/event-log.queries';
import { sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest, UiRoles } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { RevisionPage } from './revision.page';
import { EVENTS_PER_PAGE, nextPositionOf, revisionFilterOf } from './revision.view-model';
import { requireBoard } from '../board-screen';

/**
 * The board's event log, read and masked exactly as GET /api/v1/audit/events
 * reads and masks it; like that endpoint, for the auditor (and the admin).
 */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@UiRoles('auditor')
@Controller('namnder/:boardId/revision')
export class UiRevisionController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: BoardQueries,
    private readonly eventLog: EventLogQueries,
    private readonly decisions: DecisionQueries,
  ) {}

  @Get()
  log(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query() query: Record<string, unknown>,
  ): void {
    const board = requireBoard(this.boards, boardId);
    const filter = revisionFilterOf(query);
    const page = this.eventLog.page(filter.fromPosition, EVENTS_PER_PAGE, [boardId], filter.type);
    const events = maskConfidentialEvents(page, this.decisions.confidentiality(), (id) =>
      maySeeConfidential(request.uiUser, id),
    );
    sendPage(
      response,
      200,
      <RevisionPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        filter={filter}
        events={events}
        nextPosition={nextPositionOf(events, filter.fromPosition)}
        hasNext={events.length === EVENTS_PER_PAGE}
      />,
    );
  }
}
