import type { AppealKind } from '../appeal/appeal.events';
import type { ItemMatter } from '../delegation-order/delegation-order.events';

export interface AutomatedDecisionFacts {
  /** The decision's `decidedBy.automated`; absent is a person. */
  readonly automated: boolean | undefined;
  readonly appealKind: AppealKind;
  readonly matter: ItemMatter | undefined;
}

/**
 * AUTOMATED_DECISION_NOT_ALLOWED (KL 6:38): no automated decision function
 * may decide what is appealed by legality review, what cannot be appealed at
 * all, procurement or a choice system.
 */
export function automatedDecisionNotAllowed(facts: AutomatedDecisionFacts): boolean {
  if (facts.automated !== true) return false;
  return facts.appealKind !== 'administrative' || facts.matter !== undefined;
}
