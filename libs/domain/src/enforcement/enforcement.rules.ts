import { addMonthsClamped, type CalendarDate } from '../shared/calendar-date';
import type { EnforcementRecord } from './enforcement.decider';

/** SoL and LSS: reported when not carried out within three months. */
export const ENFORCEMENT_MONTHS = 3;

export const ENFORCEMENT_STATUSES = ['not-enforced', 'enforced', 'interrupted'] as const;

export type EnforcementStatus = (typeof ENFORCEMENT_STATUSES)[number];

/** The decision view's `enforcement`, for tracked decisions. */
export interface DecisionEnforcement {
  readonly status: EnforcementStatus;
  /** The first enforcement; kept through an interruption and its resumption. */
  readonly enforcedOn: CalendarDate | null;
  /** The interruption in force; null once resumed. */
  readonly interruptedOn: CalendarDate | null;
  /** Three calendar months after the decision, or after the interruption in force. */
  readonly reportableSince: CalendarDate;
}

/** Tracked: a favourable decision under an item with unenforcedReporting. */
export function isEnforcementTracked(
  favourable: boolean | undefined,
  unenforcedReporting: boolean | undefined,
): boolean {
  return favourable === true && unenforcedReporting === true;
}

/** The enforcement as of `asOf`: steps recorded for later days do not count yet. */
export function enforcementAsOf(
  decidedAt: CalendarDate,
  records: readonly EnforcementRecord[],
  asOf: CalendarDate,
): DecisionEnforcement {
  let enforcedOn: CalendarDate | null = null;
  let interruptedOn: CalendarDate | null = null;
  for (const { step, on } of records) {
    if (on > asOf) break;
    if (step === 'enforced') enforcedOn ??= on;
    interruptedOn = step === 'interrupted' ? on : null;
  }
  const status: EnforcementStatus =
    interruptedOn !== null ? 'interrupted' : enforcedOn !== null ? 'enforced' : 'not-enforced';
  const reportableSince = addMonthsClamped(interruptedOn ?? decidedAt, ENFORCEMENT_MONTHS);
  return { status, enforcedOn, interruptedOn, reportableSince };
}

/** NOT_ENFORCED_IN_TIME on `today`: past reportableSince and still not (again) enforced. */
export function notEnforcedInTime(enforcement: DecisionEnforcement, today: CalendarDate): boolean {
  return enforcement.status !== 'enforced' && today > enforcement.reportableSince;
}
