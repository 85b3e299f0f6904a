import { appealKindOf } from '../appeal/appeal-window.rules';
import { automatedDecisionNotAllowed } from '../decision/automated-decision.rules';
import type { DelegationOrderItem } from '../delegation-order/delegation-order.events';
import type { EnforcementRecord } from '../enforcement/enforcement.decider';
import { enforcementAsOf, isEnforcementTracked } from '../enforcement/enforcement.rules';
import type { Minutes } from '../minutes/minutes.events';
import { judgeMinutes } from '../minutes/minutes.rules';
import {
  DEFAULT_SEPARATE_MINUTES_DAYS,
  separateMinutesDueDate as separateMinutesDueDateOf,
} from '../minutes/separate-minutes.rules';
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
  /** The minutes of a meeting that received it, for ANNOUNCEMENT_LATE; absent: none known. */
  readonly minutesOf?: (meetingId: string) => Minutes | null;
  /**
   * Its own minutes if minuted separately: null when none are recorded.
   * Absent where the caller does not track separate minutes, and then
   * SEPARATE_MINUTES_MISSING is not judged, as before the rule existed.
   */
  readonly separateMinutes?: Minutes | null;
  /** The board's `controls.separateMinutesDays`; absent: the default. */
  readonly separateMinutesDays?: number;
  /** Its enforcement steps in log order. */
  readonly enforcement?: readonly EnforcementRecord[];
}

/** Later than any day a step can be on: the enforcement with every recorded step. */
const EVER = '9999-12-31';

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

  const item = itemInForce(input.orders, decision);
  const appealKind = appealKindOf(item);
  const automated = decision.decidedBy.automated;
  if (automatedDecisionNotAllowed({ automated, appealKind, matter: item?.matter })) {
    flags.add('AUTOMATED_DECISION_NOT_ALLOWED');
  }
  if (announcedLate(input)) flags.add('ANNOUNCEMENT_LATE');

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
  const separateMinutesDueDate =
    decision.annulled || input.separateMinutes === undefined
      ? null
      : separateMinutesDueDateOf({
          mode: ruling.mode,
          appealKind,
          decidedAt: decision.decidedAt,
          separateMinutes: input.separateMinutes ?? null,
          separateMinutesDays: input.separateMinutesDays ?? DEFAULT_SEPARATE_MINUTES_DAYS,
        });
  const tracked =
    !decision.annulled && isEnforcementTracked(decision.favourable, item?.unenforcedReporting);
  return {
    orderVersionId: ruling.orderVersionId,
    reporting: { mode: ruling.mode, route: ruling.route, steps },
    currentStep,
    baseStatus,
    flags: inFlagOrder(flags),
    // only when they apply, so other decisions are judged exactly as before
    ...(separateMinutesDueDate !== null && { separateMinutesDueDate }),
    ...(tracked && {
      enforcement: enforcementAsOf(decision.decidedAt, input.enforcement ?? [], EVER),
    }),
  };
}

function itemInForce(
  orders: OrderHistory,
  decision: JudgedDecision,
): DelegationOrderItem | undefined {
  const version = orders.versionInForce(decision.decidedAt);
  return version === undefined ? undefined : orders.item(version, decision.itemCode);
}

/** KL 8:12: reported at a meeting whose minutes' approval was announced late. */
function announcedLate({ reports, minutesOf }: JudgeDecisionInput): boolean {
  if (minutesOf === undefined) return false;
  return reports.some(
    (report) => judgeMinutes(report.meetingDate, minutesOf(report.meetingId))?.announcementLate,
  );
}

function amendedAfterReport(
  amendmentPositions: readonly number[],
  reportPositions: readonly number[],
): boolean {
  if (amendmentPositions.length === 0 || reportPositions.length === 0) return false;
  return Math.max(...amendmentPositions) > Math.min(...reportPositions);
}
