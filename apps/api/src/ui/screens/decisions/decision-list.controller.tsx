import { Controller, Get, Param, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { Response } from 'express';
import { Clock } from '../../../application/clock';
import { Public } from '../../../auth/auth.guard';
import { maySeeConfidential } from '../../../auth/principal';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { DecisionQueries } from '../../../projections/decisions/decisions.queries';
import { DelegationOrderQueries } from '../../../projections/delegation-order/delegation-order.queries';
import { sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { requireBoard } from '../board-screen';
import { DecisionListPage } from './decision-list.page';
import { DECISIONS_PER_PAGE, listRequest } from './decision-list.view-model';

/** Beslut: search and filter the board's decisions (ui.md, screen 4). */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/beslut')
export class UiDecisionListController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: BoardQueries,
    private readonly decisions: DecisionQueries,
    private readonly orders: DelegationOrderQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(
    @Param('boardId') boardId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: UiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const board = requireBoard(this.boards, boardId);
    const maySee = maySeeConfidential(request.uiUser, boardId);
    const asked = await listRequest(query, maySee);
    const result =
      asked.filter &&
      this.decisions.list(
        boardId,
        {
          ...asked.filter,
          today: this.clock.todayOr(asked.filter.today),
          limit: DECISIONS_PER_PAGE,
          cursor: asked.cursor,
        },
        maySee,
      );
    sendPage(
      response,
      asked.errors.length > 0 ? 400 : 200,
      <DecisionListPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        request={asked}
        maySeeConfidential={maySee}
        sourceSystems={this.decisions.sourceSystems(boardId)}
        result={result}
        versions={this.versionsOf(boardId, result?.items ?? [])}
      />,
    );
  }

  /** The versions the page's decisions were judged by: a board has a handful, read once each. */
  private versionsOf(
    boardId: string,
    items: readonly { readonly orderVersionId: string | null }[],
  ): Map<string, DelegationOrderVersion | undefined> {
    const ids = new Set(items.map((d) => d.orderVersionId).filter((id) => id !== null));
    return new Map([...ids].map((id) => [id, this.orders.get(boardId, id)]));
  }
}
