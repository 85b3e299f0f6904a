import type { AppealKind } from '../appeal/appeal.events';
import type { ReportingMode } from '../judgment/judgment.types';
import { addDays, type CalendarDate } from '../shared/calendar-date';
import type { Minutes } from './minutes.events';

/** The board's `controls.separateMinutesDays` when it set none. */
export const DEFAULT_SEPARATE_MINUTES_DAYS = 14;

export interface SeparateMinutesFacts {
  readonly mode: ReportingMode;
  readonly appealKind: AppealKind;
  readonly decidedAt: CalendarDate;
  readonly separateMinutes: Minutes | null;
  /** The board's own routine's deadline, in days after the decision date. */
  readonly separateMinutesDays: number;
}

/**
 * SEPARATE_MINUTES_MISSING on `today`: a separately minuted decision open to
 * legality review whose minutes are still not announced more than the board's
 * days after the decision. Only those minutes start its appeal window.
 */
export function separateMinutesMissing(facts: SeparateMinutesFacts, today: CalendarDate): boolean {
  const dueDate = separateMinutesDueDate(facts);
  return dueDate !== null && today > dueDate;
}

/**
 * The last day of the board's routine for minutes still to be announced;
 * null when none are owed (not minuted separately, not legality review) or
 * they are announced.
 */
export function separateMinutesDueDate(facts: SeparateMinutesFacts): CalendarDate | null {
  if (facts.mode !== 'separate-minutes' || facts.appealKind !== 'legality-review') return null;
  if ((facts.separateMinutes?.announcedOn ?? null) !== null) return null;
  return addDays(facts.decidedAt, facts.separateMinutesDays);
}
