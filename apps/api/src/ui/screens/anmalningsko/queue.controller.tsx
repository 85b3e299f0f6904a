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
import { requireBoard } from '../board-screen';
import { QUEUE_PAGE_SIZE, readQueueFilter } from './queue-filter';
import { QueuePage, type QueueRow } from './queue.page';

/**
 * Anmälningskö: the API's reporting queue (GET /reporting-queue) with a flag
 * filter, one page of 100 at a time: DecisionQueries.queuePage answers a page
 * of DecisionQueries.queue in SQL, so a big board is never read whole.
 * Read-only: no actions, so board-admin and auditor see the same page.
 */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder/:boardId/anmalningsko')
export class UiQueueController {
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
    @Query() query: Record<string, unknown>,
  ): void {
    const board = requireBoard(this.boards, boardId);
    const filter = readQueueFilter(query, board, this.clock.today());
    const {
      items: page,
      total,
      counts,
    } = this.decisions.queuePage(boardId, {
      bodyId: filter.bodyId,
      status: filter.status,
      flag: filter.flag,
      today: filter.today,
      limit: QUEUE_PAGE_SIZE,
      offset: (filter.page - 1) * QUEUE_PAGE_SIZE,
    });
    const bodyName = new Map(board.bodies.map((b) => [b.bodyId, b.name]));
    const meetings = this.dueMeetingsOf(boardId, page);
    const rows: QueueRow[] = page.map((item) => ({
      decisionId: item.decisionId,
      externalId: item.externalId,
      decidedAt: item.decidedAt,
      itemCode: item.itemCode,
      bodyName: (item.bodyId && bodyName.get(item.bodyId)) ?? item.bodyId ?? '–',
      dueMeeting:
        item.dueMeetingId && item.dueDate
          ? {
              meetingId: item.dueMeetingId,
              date: item.dueDate,
              listCutoff: meetings.get(item.dueMeetingId)?.listCutoff,
            }
          : null,
      status: item.status,
      flags: item.flags,
    }));
    sendPage(
      response,
      filter.errors.length > 0 ? 400 : 200,
      <QueuePage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        board={board}
        filter={filter}
        counts={counts}
        matching={total}
        rows={rows}
      />,
    );
  }

  /** The due meetings of one page's rows, in one query over the dates they span. */
  private dueMeetingsOf(boardId: string, items: readonly { dueDate: string | null }[]) {
    const dates = items
      .map((i) => i.dueDate)
      .filter((d): d is string => d !== null)
      .sort();
    if (dates.length === 0) return new Map<string, { listCutoff: string }>();
    const meetings = this.meetings.list(boardId, { from: dates[0], to: dates[dates.length - 1] });
    return new Map(meetings.map((m) => [m.meetingId, m]));
  }
}
