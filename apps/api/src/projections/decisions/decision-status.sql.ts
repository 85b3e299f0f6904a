import type { DecisionStatus } from '@delegationsbeslut/domain';

/**
 * A decision's status on `@today` as SQL over the stored judgment columns,
 * for filtering and paging in the database. The domain's `statusOn` is the
 * rule: pending and overdue depend on the day (overdue the day after the due
 * meeting), the rest are stored. `decision-status.sql.spec.ts` holds the two
 * in agreement on every boundary; every query that asks "overdue?" uses this.
 */
export function statusClause(status: DecisionStatus): string {
  switch (status) {
    case 'pending':
      return "base_status = 'open' AND (due_date IS NULL OR due_date >= @today)";
    case 'overdue':
      return "base_status = 'open' AND due_date < @today";
    case 'reported':
    case 'not-required':
    case 'annulled':
      return `base_status = '${status}'`;
    default: {
      const unknown: never = status;
      throw new Error(`unknown status ${String(unknown)}`);
    }
  }
}
