import type { CalendarDate } from '../shared/calendar-date';
import type {
  DelegationOrderItem,
  DelegationOrderVersion,
} from '../delegation-order/delegation-order.events';

/**
 * A board's delegation order versions, indexed so that re-judging a whole
 * history after a change costs a binary search and a map lookup per decision.
 */
export class OrderHistory {
  private readonly versions: readonly DelegationOrderVersion[];
  private readonly itemsByVersion: ReadonlyMap<string, ReadonlyMap<string, DelegationOrderItem>>;

  constructor(versions: readonly DelegationOrderVersion[]) {
    this.versions = [...versions].sort((a, b) => compare(a.effectiveFrom, b.effectiveFrom));
    this.itemsByVersion = new Map(
      versions.map((version) => [
        version.versionId,
        new Map(version.items.map((item) => [item.code, item])),
      ]),
    );
  }

  /** The version with the latest effectiveFrom on or before `date`. */
  versionInForce(date: CalendarDate): DelegationOrderVersion | undefined {
    let low = 0;
    let high = this.versions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.versions[middle].effectiveFrom <= date) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? undefined : this.versions[low - 1];
  }

  earliest(): DelegationOrderVersion | undefined {
    return this.versions[0];
  }

  all(): readonly DelegationOrderVersion[] {
    return this.versions;
  }

  item(version: DelegationOrderVersion, code: string): DelegationOrderItem | undefined {
    return this.itemsByVersion.get(version.versionId)?.get(code);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
