import { daysBetween, type CalendarDate } from '../shared/calendar-date';
import { InvalidQuarterError } from '../shared/domain-errors';
import type { EnforcementRecord } from './enforcement.decider';
import { enforcementAsOf, isEnforcementTracked, notEnforcedInTime } from './enforcement.rules';

/** A decision's `subject.gender`. */
export type SubjectGender = 'K' | 'M' | 'X';

/** What the report reads of a decision: its facts, its item's, and its enforcement steps. */
export interface UnenforcedCandidate {
  readonly decisionId: string;
  readonly decidedAt: CalendarDate;
  readonly favourable: boolean | undefined;
  readonly annulled: boolean;
  readonly area: string | null;
  readonly gender: SubjectGender | null;
  readonly itemCode: string;
  /** The title in the delegation order in force on the decision date. */
  readonly itemTitle: string;
  readonly unenforcedReporting: boolean | undefined;
  readonly enforcement: readonly EnforcementRecord[];
}

export interface UnenforcedItem {
  readonly decisionId: string;
  readonly area: string | null;
  readonly itemCode: string;
  readonly itemTitle: string;
  readonly decidedAt: CalendarDate;
  readonly daysSinceDecision: number;
  readonly gender: SubjectGender | null;
  readonly interruptedOn: CalendarDate | null;
}

export interface UnenforcedReport {
  readonly quarter: string;
  readonly asOfDate: CalendarDate;
  readonly items: readonly UnenforcedItem[];
  readonly counts: {
    readonly total: number;
    readonly byArea: Readonly<Record<string, number>>;
    readonly byItem: Readonly<Record<string, number>>;
    readonly byGender: Readonly<Record<string, number>>;
  };
  readonly previousQuarterTotal: number;
  /** On the previous quarter's report and enforced by this one's last day. */
  readonly enforcedSinceLastQuarter: readonly string[];
}

/** The key under which decisions without an area or gender are counted. */
export const UNSPECIFIED = 'unspecified';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** `2023-Q1` → its last day and the quarter before it. */
export function parseQuarter(quarter: string): {
  readonly asOfDate: CalendarDate;
  readonly previous: string;
} {
  const match = QUARTER.exec(quarter);
  if (match === null) throw new InvalidQuarterError(quarter);
  const [year, q] = [Number(match[1]), Number(match[2])];
  return {
    asOfDate: `${match[1]}-${QUARTER_ENDS[q - 1]}`,
    previous: q === 1 ? `${String(year - 1).padStart(4, '0')}-Q4` : `${match[1]}-Q${q - 1}`,
  };
}

/**
 * The decisions to report on `asOfDate`: tracked, not annulled, and past
 * their reportableSince without being (again) enforced as of that day,
 * ordered by area, then the longest wait first, as the seed's table is.
 */
export function unenforcedAsOf(
  candidates: readonly UnenforcedCandidate[],
  asOfDate: CalendarDate,
): readonly UnenforcedItem[] {
  const items: UnenforcedItem[] = [];
  for (const c of candidates) {
    if (c.annulled || !isEnforcementTracked(c.favourable, c.unenforcedReporting)) continue;
    if (c.decidedAt > asOfDate) continue;
    const enforcement = enforcementAsOf(c.decidedAt, c.enforcement, asOfDate);
    if (!notEnforcedInTime(enforcement, asOfDate)) continue;
    items.push({
      decisionId: c.decisionId,
      area: c.area,
      itemCode: c.itemCode,
      itemTitle: c.itemTitle,
      decidedAt: c.decidedAt,
      daysSinceDecision: daysBetween(c.decidedAt, asOfDate),
      gender: c.gender,
      interruptedOn: enforcement.interruptedOn,
    });
  }
  return items.sort(
    (a, b) =>
      compare(a.area ?? '', b.area ?? '') ||
      b.daysSinceDecision - a.daysSinceDecision ||
      compare(a.decisionId, b.decisionId),
  );
}

/** The quarterly report of unenforced favourable decisions, as of the quarter's last day. */
export function unenforcedReport(
  quarter: string,
  candidates: readonly UnenforcedCandidate[],
): UnenforcedReport {
  const { asOfDate, previous } = parseQuarter(quarter);
  const items = unenforcedAsOf(candidates, asOfDate);
  const before = unenforcedAsOf(candidates, parseQuarter(previous).asOfDate);
  const byId = new Map(candidates.map((c) => [c.decisionId, c]));
  const enforcedSinceLastQuarter = before
    .filter((item) => {
      const c = byId.get(item.decisionId);
      return (
        c !== undefined &&
        enforcementAsOf(c.decidedAt, c.enforcement, asOfDate).status === 'enforced'
      );
    })
    .map((item) => item.decisionId);
  return {
    quarter,
    asOfDate,
    items,
    counts: {
      total: items.length,
      byArea: countBy(items, (item) => item.area),
      byItem: countBy(items, (item) => item.itemCode),
      byGender: countBy(items, (item) => item.gender),
    },
    previousQuarterTotal: before.length,
    enforcedSinceLastQuarter,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? UNSPECIFIED;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** By code unit, not locale, so the order never depends on the host. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
