import type { CalendarDate } from '../shared/calendar-date';

export interface ScheduleMeeting {
  readonly type: 'ScheduleMeeting';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly bodyId: string;
    readonly date: CalendarDate;
    /** Default: the day before the meeting. */
    readonly listCutoff?: CalendarDate;
    /** Default: true. */
    readonly receivesReports?: boolean;
  };
}

export interface CancelMeeting {
  readonly type: 'CancelMeeting';
  readonly data: { readonly boardId: string; readonly meetingId: string; readonly reason: string };
}

export interface ReportDecisions {
  readonly type: 'ReportDecisions';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly decisionIds: readonly string[];
    /** Where the meeting's minutes record the report, e.g. "§ 123"; trimmed, at most 50 characters. */
    readonly minutesParagraph?: string | null;
  };
}

/** Takes back reports recorded at this meeting by mistake. */
export interface WithdrawReports {
  readonly type: 'WithdrawReports';
  readonly data: {
    readonly boardId: string;
    readonly meetingId: string;
    readonly decisionIds: readonly string[];
    readonly reason: string;
  };
}

export type MeetingCommand = ScheduleMeeting | CancelMeeting | ReportDecisions | WithdrawReports;
