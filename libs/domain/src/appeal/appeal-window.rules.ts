import { statutoryDeadline } from '../calendar/statutory-calendar';
import type { Judgment } from '../judgment/judgment.types';
import type { Minutes } from '../minutes/minutes.events';
import { addDays, type CalendarDate } from '../shared/calendar-date';
import type { RecordedAppeal } from './appeal.decider';
import { DEFAULT_APPEAL_KIND, type AppealKind, type AppealOutcome } from './appeal.events';

/** KL 13:5: three weeks from the day the approval of the minutes was announced. */
export const APPEAL_WINDOW_DAYS = 21;

export const APPEAL_STATUSES = [
  'not-started',
  'open',
  'closed',
  'appealed',
  'upheld',
  'quashed',
] as const;

export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export interface AppealView {
  readonly appealId: string;
  readonly lodgedOn: CalendarDate;
  readonly court: string | null;
  readonly caseRef: string | null;
  /** Lodged after windowEndsOn: kept, though the court will dismiss it. */
  readonly late: boolean;
  readonly outcome: AppealOutcome | null;
  readonly decidedOn: CalendarDate | null;
}

/** The decision view's `appeal`. */
export interface DecisionAppeal {
  readonly kind: AppealKind;
  readonly windowStartsOn: CalendarDate | null;
  readonly windowEndsOn: CalendarDate | null;
  /**
   * null for a kind with no window here (administrative, none) while no
   * appeal is recorded: such a decision never starts, opens or closes one.
   */
  readonly status: AppealStatus | null;
  readonly finalOn: CalendarDate | null;
  readonly appeals: readonly AppealView[];
}

export interface AppealFacts {
  readonly kind: AppealKind;
  /** The announcement of the minutes the window runs from (see announcementOf). */
  readonly announcedOn: CalendarDate | null;
  readonly appeals: readonly RecordedAppeal[];
}

/** The appeal kind of a decision under `item` (the one in force on its date; none: the default). */
export function appealKindOf(item: { readonly appeal?: AppealKind } | undefined): AppealKind {
  return item?.appeal ?? DEFAULT_APPEAL_KIND;
}

/** The last day of the appeal window opened by an announcement on `announcedOn`. */
export function appealWindowEnd(announcedOn: CalendarDate): CalendarDate {
  return statutoryDeadline(addDays(announcedOn, APPEAL_WINDOW_DAYS));
}

/**
 * Which announcement starts a decision's window: the minutes of the meeting
 * that reported its last step, or its own separate minutes; null while that
 * is not announced, or when the decision is neither reported nor minuted.
 */
export function announcementOf(
  judgment: Pick<Judgment, 'baseStatus' | 'reporting'>,
  minutesOfMeeting: (meetingId: string) => Minutes | null,
  separateMinutes: Minutes | null,
): CalendarDate | null {
  if (judgment.reporting.mode === 'separate-minutes') return separateMinutes?.announcedOn ?? null;
  if (judgment.baseStatus !== 'reported') return null;
  const last = judgment.reporting.steps.at(-1)?.reportedAtMeetingId ?? null;
  return last === null ? null : (minutesOfMeeting(last)?.announcedOn ?? null);
}

/** The appeal block on `today`: window, status and finality (laga kraft). */
export function appealOn(facts: AppealFacts, today: CalendarDate): DecisionAppeal {
  const hasWindow = facts.kind === 'legality-review' && facts.announcedOn !== null;
  const windowStartsOn = hasWindow ? facts.announcedOn : null;
  const windowEndsOn = windowStartsOn === null ? null : appealWindowEnd(windowStartsOn);
  const appeals = facts.appeals.map(
    (a): AppealView => ({
      appealId: a.appealId,
      lodgedOn: a.lodgedOn,
      court: a.court,
      caseRef: a.caseRef,
      late: windowEndsOn !== null && a.lodgedOn > windowEndsOn,
      outcome: a.outcome?.outcome ?? null,
      decidedOn: a.outcome?.decidedOn ?? null,
    }),
  );
  const base = { kind: facts.kind, windowStartsOn, windowEndsOn, appeals };
  if (appeals.length > 0) {
    if (appeals.some((a) => a.outcome === null))
      return { ...base, status: 'appealed', finalOn: null };
    if (appeals.some((a) => a.outcome === 'quashed'))
      return { ...base, status: 'quashed', finalOn: null };
    const finalOn = appeals.map((a) => a.decidedOn ?? '').reduce((x, y) => (x > y ? x : y));
    return { ...base, status: 'upheld', finalOn };
  }
  if (facts.kind !== 'legality-review') return { ...base, status: null, finalOn: null };
  if (windowEndsOn === null) return { ...base, status: 'not-started', finalOn: null };
  if (today <= windowEndsOn) return { ...base, status: 'open', finalOn: null };
  return { ...base, status: 'closed', finalOn: addDays(windowEndsOn, 1) };
}
