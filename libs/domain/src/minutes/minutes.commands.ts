import type { CalendarDate } from '../shared/calendar-date';

/** What the board administrator sends; an omitted field keeps its recorded value. */
export interface MinutesInput {
  readonly approvedOn: CalendarDate;
  readonly announcedOn?: CalendarDate | null;
  readonly minutesRef?: string | null;
}

export interface RecordMinutes {
  readonly type: 'RecordMinutes';
  readonly data: MinutesInput & { readonly boardId: string; readonly meetingId: string };
}

export interface RecordSeparateMinutes {
  readonly type: 'RecordSeparateMinutes';
  readonly data: MinutesInput & { readonly boardId: string; readonly decisionId: string };
}
