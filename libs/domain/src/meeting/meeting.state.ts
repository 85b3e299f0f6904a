import type { CalendarDate } from '../shared/calendar-date';

export interface MeetingDetails {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: CalendarDate;
  readonly listCutoff: CalendarDate;
  readonly receivesReports: boolean;
}

export type MeetingState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'scheduled' | 'cancelled';
      readonly meeting: MeetingDetails;
      /** Reported here and not withdrawn since: a withdrawn one may be reported again. */
      readonly reportedDecisionIds: ReadonlySet<string>;
    };

export type ExistingMeetingState = Exclude<MeetingState, { readonly status: 'absent' }>;
