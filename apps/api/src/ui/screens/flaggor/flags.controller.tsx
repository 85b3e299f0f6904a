import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '../../../application/clock';
import { Public } from '../../../auth/auth.guard';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { DecisionQueries } from '../../../projections/decisions/decisions.queries';
import { sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { queryDate, requireBoard } from '../board-screen';
import { flagCounts } from '../oversikt/overview.view-model';
import { FlagsPage } from './flags.page';
import { readFlagsPeriod } from './flags-period';

/** Flaggor: counts per flag over a period, each a link to the Beslut list filtered the same way. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/flaggor')
export class UiFlagsController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: BoardQueries,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  show(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query() query: Record<string, unknown>,
  ): void {
    const board = requireBoard(this.boards, boardId);
    const chosen = queryDate('lage', query.lage);
    const today = chosen.date ?? this.clock.today();
    const period = readFlagsPeriod(query, today);
    sendPage(
      response,
      period.errors.length > 0 ? 400 : 200,
      <FlagsPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        period={period}
        today={today}
        flags={flagCounts(
          this.decisions.flagCounts(boardId, { from: period.from, to: period.to, today }),
        )}
      />,
    );
  }
}
