import type { AppealKind } from '../appeal/appeal.events';
import type { CalendarDate } from '../shared/calendar-date';

export const REPORTING_RULES = ['report', 'separate-minutes', 'none', 'unspecified'] as const;

/**
 * How an item's decisions reach the board: reported along a route,
 * minuted separately (KL 6:40, 7:8), nothing (verkställighet), or not said.
 */
export type ReportingRule = (typeof REPORTING_RULES)[number];

/** Matters no automated decision function may decide (KL 6:38): procurement, choice systems (LOV). */
export const ITEM_MATTERS = ['procurement', 'choice-system'] as const;

export type ItemMatter = (typeof ITEM_MATTERS)[number];

export interface DelegationOrderItem {
  readonly code: string;
  readonly title: string;
  /** Free text: laws are renumbered, so they are data, never code. */
  readonly legalBasis: string | null;
  readonly delegates: readonly string[];
  readonly reporting: ReportingRule;
  /** Bodies in order; null means the version's default route. */
  readonly route: readonly string[] | null;
  readonly maxAmount: number | null;
  /** How its decisions are appealed; absent (every version before it existed): legality review. */
  readonly appeal?: AppealKind;
  readonly matter?: ItemMatter;
  /** Its favourable decisions go on the quarterly report of unenforced decisions; absent: false. */
  readonly unenforcedReporting?: boolean;
}

export interface DelegationOrderVersion {
  readonly versionId: string;
  readonly effectiveFrom: CalendarDate;
  /** The reference of the board's decision that adopted the version. */
  readonly adoptedRef: string | null;
  readonly defaultRoute: readonly string[];
  readonly items: readonly DelegationOrderItem[];
}

export interface DelegationOrderVersionAdopted {
  readonly type: 'DelegationOrderVersionAdopted';
  readonly data: DelegationOrderVersion & { readonly boardId: string };
}

export type DelegationOrderEvent = DelegationOrderVersionAdopted;
