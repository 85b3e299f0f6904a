/** Each flag is a finding an auditor would write down; the names are API. */
export const FLAGS = [
  'NO_ORDER_IN_FORCE',
  'UNKNOWN_ITEM',
  'UNAUTHORIZED_DELEGATE',
  'AMOUNT_OVER_LIMIT',
  'REPORTING_RULE_UNCLEAR',
  'OVERDUE',
  'REPORTED_LATE',
  'LATE_REGISTERED',
  'AMENDED_AFTER_REPORT',
  'NO_MEETING_SCHEDULED',
  'ANNOUNCEMENT_LATE',
  'AUTOMATED_DECISION_NOT_ALLOWED',
  'SEPARATE_MINUTES_MISSING',
  'NOT_ENFORCED_IN_TIME',
] as const;

export type Flag = (typeof FLAGS)[number];

/**
 * The flags by which a decision breaks a rule of the delegation order in
 * force on its decision date (judged from the decision itself); the others
 * are about its reporting.
 */
export const ORDER_RULE_FLAGS: readonly Flag[] = [
  'NO_ORDER_IN_FORCE',
  'UNKNOWN_ITEM',
  'UNAUTHORIZED_DELEGATE',
  'AMOUNT_OVER_LIMIT',
  'REPORTING_RULE_UNCLEAR',
];

export const DECISION_STATUSES = [
  'pending',
  'overdue',
  'reported',
  'not-required',
  'annulled',
] as const;

export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Flags in the one canonical order, so equal judgments serialise equally. */
export function inFlagOrder(flags: ReadonlySet<Flag>): readonly Flag[] {
  return FLAGS.filter((flag) => flags.has(flag));
}
