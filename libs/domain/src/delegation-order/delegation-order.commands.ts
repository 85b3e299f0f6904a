import type { CalendarDate } from '../shared/calendar-date';
import type { AppealKind } from '../appeal/appeal.events';
import type { ItemMatter, ReportingRule } from './delegation-order.events';

export interface DelegationOrderItemInput {
  readonly code: string;
  readonly title: string;
  readonly legalBasis?: string | null;
  readonly delegates: readonly string[];
  readonly reporting: ReportingRule;
  readonly route?: readonly string[] | null;
  readonly maxAmount?: number | null;
  readonly appeal?: AppealKind;
  readonly matter?: ItemMatter;
  readonly unenforcedReporting?: boolean;
}

export interface AdoptDelegationOrderVersion {
  readonly type: 'AdoptDelegationOrderVersion';
  readonly data: {
    readonly boardId: string;
    readonly versionId: string;
    readonly effectiveFrom: CalendarDate;
    readonly adoptedRef?: string | null;
    readonly defaultRoute: readonly string[];
    readonly items: readonly DelegationOrderItemInput[];
  };
}

export type DelegationOrderCommand = AdoptDelegationOrderVersion;
