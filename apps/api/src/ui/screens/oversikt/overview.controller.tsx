import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '../../../application/clock';
import { Public } from '../../../auth/auth.guard';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { DecisionQueries } from '../../../projections/decisions/decisions.queries';
import { MeetingQueries } from '../../../projections/meetings/meetings.queries';
import { sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { queryDate, queryValue, requireBoard } from '../board-screen';
import { OverviewPage } from './overview.page';
import { flagCounts, flagPeriod, nextMeetingsPerBody } from './overview.view-model';

/** Översikt: where a signed-in person lands; every figure links to the screen that lists it. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/oversikt')
export class UiOverviewController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: BoardQueries,
    private readonly decisions: DecisionQueries,
    private readonly meetings: MeetingQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  show(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query('lage') lage: unknown,
  ): void {
    const board = requireBoard(this.boards, boardId);
    const chosen = queryDate('lage', lage);
    const today = chosen.date ?? this.clock.today();
    const period = flagPeriod(today);
    const coming = this.meetings.list(boardId, { from: today });
    sendPage(
      response,
      chosen.error ? 400 : 200,
      <OverviewPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        today={today}
        todayChosen={chosen.date !== undefined}
        todayText={queryValue(lage) ?? today}
        errors={chosen.error ? [chosen.error] : []}
        counts={this.decisions.queueCounts(boardId, { today })}
        bodies={nextMeetingsPerBody(board, coming, (meeting) =>
          this.decisions.reportingListSize(boardId, meeting),
        )}
        flagPeriod={period}
        flags={flagCounts(this.decisions.flagCounts(boardId, { ...period, today }))}
      />,
    );
  }
}
