import type { MeetingState } from '../meeting/meeting.state';
import { isValidCalendarDate, type CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import { deepEqual } from '../shared/deep-equal';
import {
  InvalidCalendarDateError,
  MeetingCancelledError,
  MeetingNotFoundError,
  MinutesDateOrderError,
} from '../shared/domain-errors';
import type { MinutesInput, RecordMinutes } from './minutes.commands';
import type { MeetingMinutesEvent, Minutes } from './minutes.events';

/** The meeting's minutes as the latest MinutesRecorded left them; null before any. */
export type MinutesState = Minutes | null;

export const initialState: MinutesState = null;

export function evolve(_state: MinutesState, event: MeetingMinutesEvent): MinutesState {
  const { boardId: _boardId, meetingId: _meetingId, ...minutes } = event.data;
  return minutes;
}

/**
 * Records or corrects a meeting's minutes. `meeting` is the meeting's own
 * state (the minutes events share its stream): minutes need a meeting that
 * took place, and cannot be approved before it.
 */
export function decide(
  { data }: RecordMinutes,
  state: MinutesState,
  meeting: MeetingState,
): readonly MeetingMinutesEvent[] {
  if (meeting.status === 'absent') throw new MeetingNotFoundError(data.meetingId);
  if (meeting.status === 'cancelled') throw new MeetingCancelledError(data.meetingId);
  const minutes = nextMinutes(state, data, meeting.meeting.date, "the meeting's date");
  if (deepEqual(minutes, state)) return [];
  return [
    {
      type: 'MinutesRecorded',
      data: { boardId: data.boardId, meetingId: data.meetingId, ...minutes },
    },
  ];
}

export const minutesDecider: Decider<
  RecordMinutes,
  MeetingMinutesEvent,
  MinutesState,
  [MeetingState]
> = { initialState, evolve, decide };

/**
 * The minutes after `input`: an omitted field keeps its recorded value, so a
 * second call may just add `announcedOn`. Shared with separate minutes.
 */
export function nextMinutes(
  previous: Minutes | null,
  input: MinutesInput,
  earliest: CalendarDate,
  earliestIs: string,
): Minutes {
  if (!isValidCalendarDate(input.approvedOn)) {
    throw new InvalidCalendarDateError('approvedOn', input.approvedOn);
  }
  const announcedOn =
    input.announcedOn === undefined ? (previous?.announcedOn ?? null) : input.announcedOn;
  if (announcedOn !== null && !isValidCalendarDate(announcedOn)) {
    throw new InvalidCalendarDateError('announcedOn', announcedOn);
  }
  if (input.approvedOn < earliest) {
    throw new MinutesDateOrderError('approvedOn', input.approvedOn, earliest, earliestIs);
  }
  if (announcedOn !== null && announcedOn < input.approvedOn) {
    throw new MinutesDateOrderError('announcedOn', announcedOn, input.approvedOn, 'approvedOn');
  }
  const ref = input.minutesRef === undefined ? (previous?.minutesRef ?? null) : input.minutesRef;
  const minutesRef = ref === null || ref.trim() === '' ? null : ref.trim();
  return { approvedOn: input.approvedOn, announcedOn, minutesRef };
}
