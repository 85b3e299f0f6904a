import type { CalendarDate } from '../shared/calendar-date';

export interface CalendarMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: CalendarDate;
  readonly listCutoff: CalendarDate;
  readonly receivesReports: boolean;
  readonly cancelled: boolean;
}

interface BodyMeetings {
  /** Meetings that can be due: not cancelled, receiving reports; by date, then id. */
  readonly meetings: readonly CalendarMeeting[];
  /**
   * Running maximum of listCutoff. Cutoffs need not grow with dates (a meeting
   * may close its list early), but the first index whose running maximum
   * reaches a date is the first meeting whose own cutoff does, and the running
   * maximum is sorted, so it can be binary-searched.
   */
  readonly cutoffHighWater: readonly CalendarDate[];
}

/** A board's meetings, indexed per body for finding due meetings fast. */
export class MeetingCalendar {
  private readonly byId: ReadonlyMap<string, CalendarMeeting>;
  private readonly byBody: ReadonlyMap<string, BodyMeetings>;

  constructor(meetings: readonly CalendarMeeting[]) {
    this.byId = new Map(meetings.map((meeting) => [meeting.meetingId, meeting]));
    const grouped = new Map<string, CalendarMeeting[]>();
    for (const meeting of meetings) {
      if (meeting.cancelled || !meeting.receivesReports) continue;
      const list = grouped.get(meeting.bodyId) ?? [];
      list.push(meeting);
      grouped.set(meeting.bodyId, list);
    }
    this.byBody = new Map([...grouped].map(([bodyId, list]) => [bodyId, indexBody(list)] as const));
  }

  get(meetingId: string): CalendarMeeting | undefined {
    return this.byId.get(meetingId);
  }

  /**
   * The first meeting of the body, by date, that is not cancelled, receives
   * reports and whose list cutoff is on or after `readyOn`.
   */
  dueMeeting(bodyId: string, readyOn: CalendarDate): CalendarMeeting | undefined {
    const body = this.byBody.get(bodyId);
    if (body === undefined) return undefined;
    let low = 0;
    let high = body.meetings.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (body.cutoffHighWater[middle] < readyOn) low = middle + 1;
      else high = middle;
    }
    return body.meetings[low];
  }
}

function indexBody(list: CalendarMeeting[]): BodyMeetings {
  const meetings = list.sort(
    (a, b) => compare(a.date, b.date) || compare(a.meetingId, b.meetingId),
  );
  const cutoffHighWater: CalendarDate[] = [];
  for (const meeting of meetings) {
    const previous = cutoffHighWater[cutoffHighWater.length - 1];
    cutoffHighWater.push(
      previous !== undefined && previous > meeting.listCutoff ? previous : meeting.listCutoff,
    );
  }
  return { meetings, cutoffHighWater };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
