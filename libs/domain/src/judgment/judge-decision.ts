import { inFlagOrder, type Flag } from './flags';
import type { BaseStatus, JudgedDecision, Judgment, ReportAtMeeting } from './judgment.types';
import type { MeetingCalendar } from './meeting-calendar';
import type { OrderHistory } from './order-history';
import { ruleOnRoute } from './reporting-route.rules';
import { planSteps } from './reporting-steps.rules';

export interface JudgeDecisionInput {
  readonly decision: JudgedDecision;
  readonly orders: OrderHistory;
  readonly calendar: MeetingCalendar;
  /** The board's body of kind `board` (the nämnd). */
  readonly boardBodyId: string;
  /** Every report of this decision, in log order. */
  readonly reports: readonly ReportAtMeeting[];
  /** Log positions of the decision's DecisionAmended events. */
  readonly amendmentPositions: readonly number[];
}

/**
 * Judges a decision from the facts alone, so a projection can re-judge all of
 * history whenever the delegation order or the meeting calendar changes.
 * Everything but `today` is decided here; statusOn adds the day.
 */
export function judgeDecision(input: JudgeDecisionInput): Judgment {
  const { decision } = input;
  const ruling = ruleOnRoute(decision, input.orders, input.boardBodyId);
  const { steps, matchedReportPositions } = planSteps(
    ruling.route,
    decision.decidedAt,
    input.calendar,
    input.reports,
  );
  const flags = new Set<Flag>(ruling.flags);
  if (steps.some((step) => step.late)) flags.add('REPORTED_LATE');
  const firstDueDate = steps[0]?.dueDate ?? null;
  if (firstDueDate !== null && decision.registeredAt > firstDueDate) flags.add('LATE_REGISTERED');
  if (amendedAfterReport(input.amendmentPositions, matchedReportPositions)) {
    flags.add('AMENDED_AFTER_REPORT');
  }

  const notRequired = ruling.mode === 'none' || ruling.mode === 'separate-minutes';
  const firstOpen = steps.findIndex((step) => step.reportedAtMeetingId === null);
  const baseStatus: BaseStatus = decision.annulled
    ? 'annulled'
    : notRequired
      ? 'not-required'
      : firstOpen === -1
        ? 'reported'
        : 'open';
  const currentStep = baseStatus === 'open' ? firstOpen : null;
  if (currentStep !== null && steps[currentStep].dueMeetingId === null) {
    flags.add('NO_MEETING_SCHEDULED');
  }
  return {
    orderVersionId: ruling.orderVersionId,
    reporting: { mode: ruling.mode, route: ruling.route, steps },
    currentStep,
    baseStatus,
    flags: inFlagOrder(flags),
  };
}

function amendedAfterReport(
  amendmentPositions: readonly number[],
  reportPositions: readonly number[],
): boolean {
  if (amendmentPositions.length === 0 || reportPositions.length === 0) return false;
  return Math.max(...amendmentPositions) > Math.min(...reportPositions);
}
