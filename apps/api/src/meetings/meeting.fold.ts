import { evolveMeeting, initialMeetingState, type MeetingState } from '@delegationsbeslut/domain';

/** A meeting's stream folded to its state: for scheduling, cancelling and reporting at it. */
export const meetingFold = {
  initialState: initialMeetingState as MeetingState,
  evolve: evolveMeeting,
};
