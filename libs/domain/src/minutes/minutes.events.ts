import type { CalendarDate } from '../shared/calendar-date';

/** Approved (justerade) minutes and, once it is known, the day their approval was announced. */
export interface Minutes {
  readonly approvedOn: CalendarDate;
  /** The day the approval was put on the notice board (anslagstavlan); null until then. */
  readonly announcedOn: CalendarDate | null;
  readonly minutesRef: string | null;
}

/**
 * A meeting's minutes as they now stand. Each recording carries the whole of
 * them, so the latest event stands and no reader has to merge.
 */
export interface MinutesRecorded {
  readonly type: 'MinutesRecorded';
  readonly data: Minutes & { readonly boardId: string; readonly meetingId: string };
}

/**
 * A decision's own minutes (protokollförs särskilt, KL 6:40), for a decision
 * that is minuted separately instead of reported; the latest event stands.
 */
export interface SeparateMinutesRecorded {
  readonly type: 'SeparateMinutesRecorded';
  readonly data: Minutes & { readonly boardId: string; readonly decisionId: string };
}

/** On the meeting's stream, beside MeetingEvent. */
export type MeetingMinutesEvent = MinutesRecorded;

/** On the decision's stream, beside DecisionEvent. */
export type SeparateMinutesEvent = SeparateMinutesRecorded;
