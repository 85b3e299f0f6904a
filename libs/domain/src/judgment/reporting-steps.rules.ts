import type { CalendarDate } from '../shared/calendar-date';
import type { ReportAtMeeting, ReportingStep } from './judgment.types';
import type { MeetingCalendar } from './meeting-calendar';

export interface PlannedSteps {
  readonly steps: readonly ReportingStep[];
  /** Log positions of the reports that completed a step. */
  readonly matchedReportPositions: readonly number[];
}

/**
 * Walks the route body by body: a step is ready on the decision date (first)
 * or on the date of the meeting that reported the previous step, is due at its
 * body's first eligible meeting from then, and is completed by the earliest
 * unused report of its body at a meeting not before it was ready.
 */
export function planSteps(
  route: readonly string[],
  decidedAt: CalendarDate,
  calendar: MeetingCalendar,
  reports: readonly ReportAtMeeting[],
): PlannedSteps {
  const used = new Set<number>();
  const matchedReportPositions: number[] = [];
  const steps: ReportingStep[] = [];
  let readyOn: CalendarDate | null = decidedAt;
  for (const bodyId of route) {
    if (readyOn === null) {
      steps.push(waitingStep(bodyId));
      continue;
    }
    const due = calendar.dueMeeting(bodyId, readyOn);
    const reportIndex = earliestReport(reports, used, bodyId, readyOn);
    const report = reportIndex === undefined ? undefined : reports[reportIndex];
    if (reportIndex !== undefined) used.add(reportIndex);
    if (report !== undefined) matchedReportPositions.push(report.position);
    steps.push({
      bodyId,
      readyOn,
      dueMeetingId: due?.meetingId ?? null,
      dueDate: due?.date ?? null,
      reportedAtMeetingId: report?.meetingId ?? null,
      reportedOn: report?.meetingDate ?? null,
      // `??` too: a read model's rows written before the column existed carry undefined.
      minutesParagraph: report?.minutesParagraph ?? null,
      // At the due meeting is on time however late it was recorded; earlier is not late.
      late: report !== undefined && due !== undefined && report.meetingDate > due.date,
    });
    readyOn = report?.meetingDate ?? null;
  }
  return { steps, matchedReportPositions };
}

/** Ready dates only grow along the route, so `readyOn` ≥ the decision date. */
function earliestReport(
  reports: readonly ReportAtMeeting[],
  used: ReadonlySet<number>,
  bodyId: string,
  readyOn: CalendarDate,
): number | undefined {
  let best: number | undefined;
  for (let index = 0; index < reports.length; index++) {
    const report = reports[index];
    if (used.has(index) || report.bodyId !== bodyId || report.meetingDate < readyOn) continue;
    const current = best === undefined ? undefined : reports[best];
    if (
      current === undefined ||
      report.meetingDate < current.meetingDate ||
      (report.meetingDate === current.meetingDate && report.position < current.position)
    ) {
      best = index;
    }
  }
  return best;
}

function waitingStep(bodyId: string): ReportingStep {
  return {
    bodyId,
    readyOn: null,
    dueMeetingId: null,
    dueDate: null,
    reportedAtMeetingId: null,
    reportedOn: null,
    minutesParagraph: null,
    late: false,
  };
}
