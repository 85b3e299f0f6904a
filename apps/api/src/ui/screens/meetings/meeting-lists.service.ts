import { Injectable } from '@nestjs/common';
import { Clock } from '../../../application/clock';
import { maySeeConfidential } from '../../../auth/principal';
import { requireMeeting } from '../../../meetings/meeting-view';
import { type BoardView, BoardQueries } from '../../../projections/boards/boards.queries';
import {
  DecisionQueries,
  type DecisionView,
} from '../../../projections/decisions/decisions.queries';
import { DelegationOrderQueries } from '../../../projections/delegation-order/delegation-order.queries';
import { MeetingQueries, type MeetingView } from '../../../projections/meetings/meetings.queries';
import type { UiUser } from '../../session/ui-user';
import {
  type DecisionGroup,
  groupByEarlierMeeting,
  type ListContext,
} from './meeting-list.view-model';
import { requireBoard } from '../board-screen';

/** A meeting's two lists as its page shows them. */
export interface MeetingLists {
  readonly board: BoardView;
  readonly meeting: MeetingView;
  readonly context: ListContext;
  readonly maySeeConfidential: boolean;
  /** still on its reporting list (the API's GET …/reporting-list) */
  readonly toReport: readonly DecisionView[];
  /** reported at this meeting */
  readonly reported: readonly DecisionView[];
  readonly toReportGroups: readonly DecisionGroup[];
  readonly reportedGroups: readonly DecisionGroup[];
}

/**
 * The reads of the Sammanträden screens, through the projections' query
 * classes, masked as the API masks (maySeeConfidential).
 */
@Injectable()
export class MeetingScreenReads {
  constructor(
    private readonly boards: BoardQueries,
    private readonly meetings: MeetingQueries,
    private readonly decisions: DecisionQueries,
    private readonly orders: DelegationOrderQueries,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.today();
  }

  board(boardId: string): BoardView {
    return requireBoard(this.boards, boardId);
  }

  meetingList(boardId: string, filter: { bodyId?: string; from: string; to: string }) {
    return this.meetings.list(boardId, filter);
  }

  meeting(boardId: string, meetingId: string): MeetingView {
    return requireMeeting(this.meetings, boardId, meetingId);
  }

  listsOf(boardId: string, meetingId: string, user: UiUser): MeetingLists {
    const board = this.board(boardId);
    const meeting = this.meeting(boardId, meetingId);
    const today = this.clock.today();
    const maySee = maySeeConfidential(user, boardId);
    const toReport = this.decisions.reportingList(boardId, meeting, today, maySee);
    const reported = this.decisions.reportedAt(boardId, meetingId, today, maySee);
    const context = this.contextFor(board, meeting);
    return {
      board,
      meeting,
      context,
      maySeeConfidential: maySee,
      toReport,
      reported,
      toReportGroups: groupByEarlierMeeting(toReport, context),
      reportedGroups: groupByEarlierMeeting(reported, context),
    };
  }

  /** Body names and item titles; each version of the order is read once, not once a row. */
  private contextFor(board: BoardView, meeting: MeetingView): ListContext {
    const names = new Map(board.bodies.map((b) => [b.bodyId, b.name]));
    const titles = new Map<string, Map<string, string>>();
    const titlesOf = (versionId: string): Map<string, string> => {
      let found = titles.get(versionId);
      if (!found) {
        const version = this.orders.get(board.boardId, versionId);
        found = new Map((version?.items ?? []).map((item) => [item.code, item.title]));
        titles.set(versionId, found);
      }
      return found;
    };
    return {
      meeting,
      bodyName: (bodyId) => names.get(bodyId) ?? bodyId,
      itemTitle: (decision) =>
        (decision.orderVersionId && titlesOf(decision.orderVersionId).get(decision.itemCode)) ||
        'Okänd punkt',
    };
  }
}
