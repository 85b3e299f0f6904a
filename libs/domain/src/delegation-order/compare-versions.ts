import { DEFAULT_APPEAL_KIND } from '../appeal/appeal.events';
import { deepEqual } from '../shared/deep-equal';
import type { DelegationOrderItem, DelegationOrderVersion } from './delegation-order.events';

/** Every field of an item but its code, which is how items are matched. */
export type ItemField = Exclude<keyof DelegationOrderItem, 'code'>;

/**
 * How each field is compared. A field added to DelegationOrderItem and not
 * here fails to compile, so a comparison never silently skips part of an item.
 * Delegates are a set of roles (the judgment only asks whether the decider's
 * role is among them); a route is an order of bodies.
 */
const SAME: {
  readonly [F in ItemField]: (a: DelegationOrderItem[F], b: DelegationOrderItem[F]) => boolean;
} = {
  title: deepEqual,
  legalBasis: deepEqual,
  delegates: (a, b) => deepEqual([...a].sort(), [...b].sort()),
  reporting: deepEqual,
  route: deepEqual,
  maxAmount: deepEqual,
  // absent is the default, so adding the default to an item is no change
  appeal: (a, b) => (a ?? DEFAULT_APPEAL_KIND) === (b ?? DEFAULT_APPEAL_KIND),
  matter: deepEqual,
  unenforcedReporting: (a, b) => (a ?? false) === (b ?? false),
};

export const ITEM_FIELDS = Object.keys(SAME) as readonly ItemField[];

export type FieldChange<F extends ItemField = ItemField> = {
  readonly from: DelegationOrderItem[F];
  readonly to: DelegationOrderItem[F];
};

export interface ItemChange {
  readonly code: string;
  /** Only the fields that differ. */
  readonly fields: { readonly [F in ItemField]?: FieldChange<F> };
}

export interface VersionComparison {
  readonly from: string;
  readonly to: string;
  /** Always both, changed or not: an item without its own route follows it. */
  readonly defaultRoute: { readonly from: readonly string[]; readonly to: readonly string[] };
  readonly items: {
    readonly added: readonly DelegationOrderItem[];
    readonly removed: readonly DelegationOrderItem[];
    readonly changed: readonly ItemChange[];
  };
}

/**
 * What changed from one version of the delegation order to another, items
 * matched by code and every list ordered by code, so the same two versions
 * always compare alike. An item's `route` is compared as the item states it
 * (null: the default route); a change of the default route shows once, in
 * `defaultRoute`, not on every item that follows it.
 */
export function compareVersions(
  from: DelegationOrderVersion,
  to: DelegationOrderVersion,
): VersionComparison {
  const before = new Map(from.items.map((item) => [item.code, item]));
  const after = new Map(to.items.map((item) => [item.code, item]));
  const added = to.items.filter((item) => !before.has(item.code));
  const removed = from.items.filter((item) => !after.has(item.code));
  const changed: ItemChange[] = [];
  for (const item of to.items) {
    const old = before.get(item.code);
    if (old === undefined) continue;
    const fields = changedFields(old, item);
    if (Object.keys(fields).length > 0) changed.push({ code: item.code, fields });
  }
  return {
    from: from.versionId,
    to: to.versionId,
    defaultRoute: { from: from.defaultRoute, to: to.defaultRoute },
    items: {
      added: added.sort(byItemCode),
      removed: removed.sort(byItemCode),
      changed: changed.sort(byItemCode),
    },
  };
}

function changedFields(from: DelegationOrderItem, to: DelegationOrderItem): ItemChange['fields'] {
  const fields: { -readonly [F in ItemField]?: FieldChange<F> } = {};
  for (const field of ITEM_FIELDS) {
    const same = SAME[field] as (a: unknown, b: unknown) => boolean;
    if (!same(from[field], to[field])) {
      Object.assign(fields, { [field]: { from: from[field], to: to[field] } });
    }
  }
  return fields;
}

/** Item codes by their numbered parts, so 3.9.1 comes before 3.10.1. */
export function byItemCode(a: { readonly code: string }, b: { readonly code: string }): number {
  const left = a.code.split('.');
  const right = b.code.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const order = comparePart(left[i], right[i]);
    if (order !== 0) return order;
  }
  return 0;
}

function comparePart(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b) && Number(a) !== Number(b)) {
    return Number(a) - Number(b);
  }
  // Plain code-unit order, not localeCompare: the same everywhere the code runs.
  return a < b ? -1 : 1;
}
