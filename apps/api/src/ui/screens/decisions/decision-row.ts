import type { DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';

export const MASKED = '(sekretess)';

/**
 * A field the API may mask (caseRef, summary): "(sekretess)" where it is
 * masked for this person, a dash where the decision has none.
 */
export function maskedText(
  value: string | null,
  view: Pick<DecisionView, 'confidential'>,
  maySeeConfidential: boolean,
): string {
  if (view.confidential && !maySeeConfidential) return MASKED;
  return value ?? '–';
}

/** The item's title in the version the decision was judged by, when the item is there. */
export function itemTitle(
  versions: ReadonlyMap<string, DelegationOrderVersion | undefined>,
  view: Pick<DecisionView, 'orderVersionId' | 'itemCode'>,
): string | undefined {
  const version = view.orderVersionId === null ? undefined : versions.get(view.orderVersionId);
  return version?.items.find((item) => item.code === view.itemCode)?.title;
}
