import { MeetingNotFoundError } from '@delegationsbeslut/domain';
import type { MeetingQueries, MeetingView } from '../projections/meetings/meetings.queries';

/** The meeting as the read side knows it, or the domain's 404. */
export function requireMeeting(
  meetings: MeetingQueries,
  boardId: string,
  meetingId: string,
): MeetingView {
  const meeting = meetings.get(boardId, meetingId);
  if (!meeting) throw new MeetingNotFoundError(meetingId);
  return meeting;
}
