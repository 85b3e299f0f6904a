import { addDays, type CalendarDate, FLAGS, type Flag } from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';

/** How many coming meetings the översikt shows per organ. */
export const NEXT_MEETINGS_PER_BODY = 3;
/** The översikt's flags are those of the decisions decided in the last 90 days. */
export const FLAG_PERIOD_DAYS = 90;

export interface NextMeeting {
  readonly meetingId: string;
  readonly date: CalendarDate;
  /** how many decisions are on its reporting list now */
  readonly listSize: number;
}

export interface BodyMeetings {
  readonly bodyId: string;
  readonly name: string;
  readonly meetings: readonly NextMeeting[];
}

export interface FlagCount {
  readonly flag: Flag;
  readonly count: number;
}

/** The period of the översikt's flags: from 90 days before `today` to `today`. */
export function flagPeriod(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(today, -FLAG_PERIOD_DAYS), to: today };
}

/**
 * Each organ of the board, in the board's order, with its next meetings that
 * are not cancelled (`coming` is ordered by date, from today on).
 */
export function nextMeetingsPerBody(
  board: BoardView,
  coming: readonly MeetingView[],
  listSize: (meeting: MeetingView) => number,
): BodyMeetings[] {
  return board.bodies.map((body) => ({
    bodyId: body.bodyId,
    name: body.name,
    meetings: coming
      .filter((m) => m.bodyId === body.bodyId && !m.cancelled)
      .slice(0, NEXT_MEETINGS_PER_BODY)
      .map((m) => ({ meetingId: m.meetingId, date: m.date, listSize: listSize(m) })),
  }));
}

/** The flags in the API's order, each with its count. */
export function flagCounts(counts: Readonly<Record<Flag, number>>): FlagCount[] {
  return FLAGS.map((flag) => ({ flag, count: counts[flag] }));
}
