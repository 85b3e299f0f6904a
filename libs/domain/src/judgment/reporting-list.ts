import type { Judgment } from './judgment.types';
import type { CalendarMeeting } from './meeting-calendar';

/**
 * Whether a decision belongs on a meeting's reporting list: its current step
 * goes to the meeting's body and was ready by the list cutoff. A cancelled
 * meeting has no list, since it can receive nothing.
 */
export function isOnReportingList(
  judgment: Judgment,
  meeting: Pick<CalendarMeeting, 'bodyId' | 'listCutoff' | 'cancelled'>,
): boolean {
  if (meeting.cancelled || judgment.baseStatus !== 'open' || judgment.currentStep === null) {
    return false;
  }
  const step = judgment.reporting.steps[judgment.currentStep];
  return (
    step !== undefined &&
    step.bodyId === meeting.bodyId &&
    step.reportedAtMeetingId === null &&
    step.readyOn !== null &&
    step.readyOn <= meeting.listCutoff
  );
}
