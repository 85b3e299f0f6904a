import type { Judgment, ReportingStep } from '../judgment/judgment.types';
import type { WithdrawReports } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { ExistingMeetingState } from './meeting.state';
import type { JudgmentLookup } from './report-decisions.rules';

// A third refusal belongs here once the app records minutes (the rules are in
// ../minutes/, their events are not recorded yet): a report in approved minutes
// (justerat protokoll) is corrected at a later meeting, not withdrawn.
export const WITHDRAW_REJECTION_CODES = [
  'NOT_REPORTED_AT_MEETING',
  'UNKNOWN_DECISION',
  'LATER_STEP_REPORTED',
] as const;

export type WithdrawRejectionCode = (typeof WITHDRAW_REJECTION_CODES)[number];

export interface WithdrawRejection {
  readonly decisionId: string;
  /** `CODE: message`, the code from WITHDRAW_REJECTION_CODES. */
  readonly error: string;
}

export interface WithdrawReportsOutcome {
  readonly events: readonly MeetingEvent[];
  readonly withdrawn: readonly string[];
  readonly rejected: readonly WithdrawRejection[];
}

/** Each decision on its own, as reportDecisionsAt does. */
export function withdrawReportsAt(
  { data }: WithdrawReports,
  state: ExistingMeetingState,
  judgmentOf: JudgmentLookup,
): WithdrawReportsOutcome {
  const withdrawn: string[] = [];
  const rejected: WithdrawRejection[] = [];
  for (const decisionId of new Set(data.decisionIds)) {
    const refusal = refusalFor(decisionId, state, judgmentOf(decisionId));
    if (refusal === null) withdrawn.push(decisionId);
    else rejected.push({ decisionId, error: `${refusal[0]}: ${refusal[1]}` });
  }
  const { meeting } = state;
  const events: MeetingEvent[] =
    withdrawn.length === 0
      ? []
      : [
          {
            type: 'ReportsWithdrawn',
            data: {
              boardId: data.boardId,
              meetingId: meeting.meetingId,
              bodyId: meeting.bodyId,
              meetingDate: meeting.date,
              decisionIds: withdrawn,
              reason: data.reason,
            },
          },
        ];
  return { events, withdrawn, rejected };
}

function refusalFor(
  decisionId: string,
  { meeting, reportedDecisionIds }: ExistingMeetingState,
  judgment: Judgment | undefined,
): readonly [WithdrawRejectionCode, string] | null {
  if (!reportedDecisionIds.has(decisionId)) {
    return [
      'NOT_REPORTED_AT_MEETING',
      `decision ${decisionId} is not reported at ${meeting.meetingId} (never, or withdrawn since)`,
    ];
  }
  // Without a judgment the later steps cannot be checked, and withdrawing under
  // a reported later step would leave that step resting on nothing.
  if (judgment === undefined) return ['UNKNOWN_DECISION', `decision ${decisionId} is not recorded`];
  const steps = judgment.reporting.steps;
  const here = steps.findIndex((step) => step.reportedAtMeetingId === meeting.meetingId);
  const later = here === -1 ? undefined : steps.slice(here + 1).find(isReported);
  if (later !== undefined) {
    return [
      'LATER_STEP_REPORTED',
      `decision ${decisionId} was reported on at ${later.reportedAtMeetingId}; withdraw that report first`,
    ];
  }
  return null;
}

function isReported(step: ReportingStep): boolean {
  return step.reportedAtMeetingId !== null;
}
