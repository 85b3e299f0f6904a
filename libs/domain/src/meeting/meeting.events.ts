import type { CalendarDate } from '../shared/calendar-date';

export interface MeetingScheduled {
  readonly type: 'MeetingScheduled';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly bodyId: string;
    readonly date: CalendarDate;
    /** The last day a decision can become ready and still make the list. */
    readonly listCutoff: CalendarDate;
    /** false for a meeting that takes no delegation reports; it is never due. */
    readonly receivesReports: boolean;
  };
}

export interface MeetingCancelled {
  readonly type: 'MeetingCancelled';
  readonly data: { readonly boardId: string; readonly meetingId: string; readonly reason: string };
}

/** The meeting received these decisions (läggs till handlingarna). */
export interface DecisionsReported {
  readonly type: 'DecisionsReported';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly bodyId: string;
    readonly meetingDate: CalendarDate;
    readonly decisionIds: readonly string[];
    /**
     * The paragraph of the minutes, e.g. "§ 123". Events stored before it existed
     * have none, so every reader treats absent as null.
     */
    readonly minutesParagraph?: string;
  };
}

/**
 * These decisions' reports at the meeting were recorded by mistake: from now on
 * they are judged as if those reports had not been made. The log keeps both
 * events, so an auditor still sees the report and its withdrawal.
 */
export interface ReportsWithdrawn {
  readonly type: 'ReportsWithdrawn';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly bodyId: string;
    readonly meetingDate: CalendarDate;
    readonly decisionIds: readonly string[];
    readonly reason: string;
  };
}

export type MeetingEvent =
  | MeetingScheduled
  | MeetingCancelled
  | DecisionsReported
  | ReportsWithdrawn;
