import { statutoryDeadline } from '../calendar/statutory-calendar';
import { addDays, type CalendarDate } from '../shared/calendar-date';
import type { Minutes } from './minutes.events';

/** KL 6:35 with 5:69: minutes are approved at the latest this many days after the meeting. */
export const APPROVAL_DAYS = 14;
/** KL 8:12: the approval is announced at the latest on the second day after it. */
export const ANNOUNCEMENT_DAYS = 2;

/** A meeting view's `minutes`. */
export interface MeetingMinutes extends Minutes {
  readonly announcementLate: boolean;
  readonly approvalLate: boolean;
}

/** The last day the minutes of a meeting on `meetingDate` may be approved. */
export function approvalDeadline(meetingDate: CalendarDate): CalendarDate {
  return statutoryDeadline(addDays(meetingDate, APPROVAL_DAYS));
}

/** The last day the approval on `approvedOn` may be announced. */
export function announcementDeadline(approvedOn: CalendarDate): CalendarDate {
  return statutoryDeadline(addDays(approvedOn, ANNOUNCEMENT_DAYS));
}

/**
 * Judges recorded minutes from their dates alone: lateness is known once the
 * late date is recorded, so minutes not yet announced are not (yet) late.
 */
export function judgeMinutes(
  meetingDate: CalendarDate,
  minutes: Minutes | null,
): MeetingMinutes | null {
  if (minutes === null) return null;
  return {
    ...minutes,
    announcementLate:
      minutes.announcedOn !== null &&
      minutes.announcedOn > announcementDeadline(minutes.approvedOn),
    approvalLate: minutes.approvedOn > approvalDeadline(meetingDate),
  };
}
