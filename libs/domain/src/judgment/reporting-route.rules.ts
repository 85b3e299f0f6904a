import { assertNever } from '../shared/assert-never';
import type { Flag } from './flags';
import type { JudgedDecision, ReportingMode } from './judgment.types';
import type { OrderHistory } from './order-history';

export interface RouteRuling {
  readonly orderVersionId: string | null;
  readonly mode: ReportingMode;
  /** Empty when nothing is to be reported. */
  readonly route: readonly string[];
  readonly flags: readonly Flag[];
}

/**
 * Which rule applies to a decision and along which bodies it is reported,
 * always by the version in force on the decision date. A rule broken by the
 * facts never stops the judgment: the decision is flagged and still routed.
 */
export function ruleOnRoute(
  decision: JudgedDecision,
  orders: OrderHistory,
  boardBodyId: string,
): RouteRuling {
  // KL 6:39: an urgent decision goes to the board itself, whatever the item says.
  const urgentRoute = decision.urgent ? [boardBodyId] : null;
  const version = orders.versionInForce(decision.decidedAt);
  if (version === undefined) {
    // domain.md: the earliest version's default route. With no version at all
    // there is no route anywhere; the board itself is the one body that always
    // answers for delegated decisions, so it receives them.
    const fallback = orders.earliest()?.defaultRoute ?? [boardBodyId];
    return {
      orderVersionId: null,
      mode: 'report',
      route: urgentRoute ?? fallback,
      flags: ['NO_ORDER_IN_FORCE'],
    };
  }
  const ruling = (mode: ReportingMode, route: readonly string[], flags: readonly Flag[]) => ({
    orderVersionId: version.versionId,
    mode: urgentRoute === null ? mode : 'report',
    route: urgentRoute ?? route,
    flags: urgentRoute === null ? flags : flags.filter((flag) => flag !== 'REPORTING_RULE_UNCLEAR'),
  });

  const item = orders.item(version, decision.itemCode);
  if (item === undefined) return ruling('report', version.defaultRoute, ['UNKNOWN_ITEM']);

  // Checked for urgent decisions too: urgency changes where a decision is
  // reported, not who may take it or up to what amount.
  const flags: Flag[] = [];
  if (!item.delegates.includes(decision.decidedBy.role)) flags.push('UNAUTHORIZED_DELEGATE');
  if (item.maxAmount !== null && decision.amount !== null && decision.amount > item.maxAmount) {
    flags.push('AMOUNT_OVER_LIMIT');
  }
  switch (item.reporting) {
    case 'report':
      return ruling('report', item.route ?? version.defaultRoute, flags);
    case 'unspecified':
      // The audit's reading: when the order does not say, everything is reported.
      return ruling('unspecified', version.defaultRoute, [...flags, 'REPORTING_RULE_UNCLEAR']);
    case 'none':
    case 'separate-minutes':
      return ruling(item.reporting, [], flags);
    default:
      return assertNever(item.reporting);
  }
}
