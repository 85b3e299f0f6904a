import type { CalendarDate } from '../shared/calendar-date';
import type { DecisionFacts } from '../decision/decision-facts';
import type { DecisionEnforcement } from '../enforcement/enforcement.rules';
import type { ReportingRule } from '../delegation-order/delegation-order.events';
import type { Flag } from './flags';

/** The item's rule as applied; urgent and unknown-item decisions are `report`. */
export type ReportingMode = ReportingRule;

export interface ReportingStep {
  readonly bodyId: string;
  /** null while an earlier step is unreported: the step is not ready yet. */
  readonly readyOn: CalendarDate | null;
  readonly dueMeetingId: string | null;
  readonly dueDate: CalendarDate | null;
  readonly reportedAtMeetingId: string | null;
  readonly reportedOn: CalendarDate | null;
  /** The minutes' paragraph of the report that completed the step, if it was given. */
  readonly minutesParagraph: string | null;
  /** Reported at a meeting dated after the due meeting. */
  readonly late: boolean;
}

export interface Reporting {
  readonly mode: ReportingMode;
  readonly route: readonly string[];
  readonly steps: readonly ReportingStep[];
}

/** Everything about a decision that does not depend on `today`. */
export type BaseStatus = 'annulled' | 'not-required' | 'reported' | 'open';

export interface Judgment {
  /** The version in force on the decision date, or null if none was. */
  readonly orderVersionId: string | null;
  readonly reporting: Reporting;
  /** Index of the first unreported step while the decision is open, else null. */
  readonly currentStep: number | null;
  readonly baseStatus: BaseStatus;
  /**
   * Every flag but those that depend on `today` (see statusOn): OVERDUE,
   * SEPARATE_MINUTES_MISSING and NOT_ENFORCED_IN_TIME.
   */
  readonly flags: readonly Flag[];
  /** Set while separate minutes are owed: SEPARATE_MINUTES_MISSING after this day. */
  readonly separateMinutesDueDate?: CalendarDate;
  /** Set for a decision tracked for enforcement (favourable, under an unenforcedReporting item). */
  readonly enforcement?: DecisionEnforcement;
}

/** One decision received at one meeting, from a DecisionsReported event. */
export interface ReportAtMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly meetingDate: CalendarDate;
  /** The event's position in the global log. */
  readonly position: number;
  /** null when the report gave none, or its event predates the field. */
  readonly minutesParagraph: string | null;
}

/** The facts of a decision the judgment reads. */
export type JudgedDecision = Pick<
  DecisionFacts,
  | 'itemCode'
  | 'decidedAt'
  | 'decidedBy'
  | 'registeredAt'
  | 'amount'
  | 'urgent'
  | 'annulled'
  | 'favourable'
>;
