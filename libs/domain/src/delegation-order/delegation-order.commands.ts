import type { CalendarDate } from '../shared/calendar-date';
import type { ReportingRule } from './delegation-order.events';

export interface DelegationOrderItemInput {
  readonly code: string;
  readonly title: string;
  readonly legalBasis?: string | null;
  readonly delegates: readonly string[];
  readonly reporting: ReportingRule;
  readonly route?: readonly string[] | null;
  readonly maxAmount?: number | null;
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
