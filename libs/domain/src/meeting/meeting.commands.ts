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
  };
}

export type MeetingCommand = ScheduleMeeting | CancelMeeting | ReportDecisions;
