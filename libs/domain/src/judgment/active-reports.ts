import type { MeetingEvent } from '../meeting/meeting.events';
import { assertNever } from '../shared/assert-never';
import type { ReportAtMeeting } from './judgment.types';

/**
 * The reports of one decision that still count, folded from the meeting events
 * in log order: what judgeDecision takes as `reports`. A withdrawn report is
 * dropped, so the decision is judged as if it had not been made; the log keeps
 * both events for the history. A read model that stores one row per decision
 * and meeting gets the same by deleting the row on ReportsWithdrawn.
 */
export function evolveActiveReports(
  reports: readonly ReportAtMeeting[],
  decisionId: string,
  event: MeetingEvent,
  position: number,
): readonly ReportAtMeeting[] {
  switch (event.type) {
    case 'MeetingScheduled':
    case 'MeetingCancelled':
      return reports;
    case 'DecisionsReported': {
      const { data } = event;
      if (!data.decisionIds.includes(decisionId)) return reports;
      // The decider refuses a second report at one meeting; a log that has one
      // anyway keeps the first, as the read model's INSERT OR IGNORE does.
      if (reports.some((report) => report.meetingId === data.meetingId)) return reports;
      return [
        ...reports,
        {
          meetingId: data.meetingId,
          bodyId: data.bodyId,
          meetingDate: data.meetingDate,
          position,
          minutesParagraph: data.minutesParagraph ?? null,
        },
      ];
    }
    case 'ReportsWithdrawn': {
      const { data } = event;
      if (!data.decisionIds.includes(decisionId)) return reports;
      return reports.filter((report) => report.meetingId !== data.meetingId);
    }
    default:
      return assertNever(event);
  }
}

/** The active reports of a decision from a slice of the log, e.g. on a rebuild. */
export function activeReportsOf(
  decisionId: string,
  log: Iterable<{ readonly event: MeetingEvent; readonly position: number }>,
): readonly ReportAtMeeting[] {
  let reports: readonly ReportAtMeeting[] = [];
  for (const { event, position } of log) {
    reports = evolveActiveReports(reports, decisionId, event, position);
  }
  return reports;
}
