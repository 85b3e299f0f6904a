import type { Body, DelegationOrderItem } from '@delegationsbeslut/domain';
import { BODY_KIND_TEXTS, REPORTING_RULE_TEXTS, formatAmount } from '../../texts';

/** How a body is named in a route: by its own name, or by its kind ("utskott", "nämnd"). */
export type RouteNaming = 'name' | 'kind';

/**
 * A route in words: ["socialt-utskott", "ifon"] is "anmäls till Socialt
 * utskott, som anmäler till Individ- och familjeomsorgsnämnden". A body the
 * board no longer has is named by its id.
 */
export function routeInWords(
  route: readonly string[],
  bodies: readonly Body[],
  naming: RouteNaming = 'name',
): string {
  const label = (bodyId: string): string => {
    const body = bodies.find((b) => b.bodyId === bodyId);
    if (!body) return bodyId;
    return naming === 'name' ? body.name : BODY_KIND_TEXTS[body.kind].toLocaleLowerCase('sv');
  };
  const [first, ...rest] = route.map(label);
  if (first === undefined) return 'anmäls inte vidare';
  return [`anmäls till ${first}`, ...rest.map((body) => `som anmäler till ${body}`)].join(', ');
}

/** An item's own route, or that it follows the version's default route. */
export const itemRouteText = (route: readonly string[] | null, bodies: readonly Body[]): string =>
  route === null ? 'enligt huvudregeln' : routeInWords(route, bodies);

export const amountText = (maxAmount: number | null): string =>
  maxAmount === null ? 'ingen gräns' : formatAmount(maxAmount);

/** The Swedish name of each compared field of an item. */
export const ITEM_FIELD_TEXTS: Readonly<
  Record<Exclude<keyof DelegationOrderItem, 'code'>, string>
> = {
  title: 'Ärende',
  legalBasis: 'Lagrum',
  delegates: 'Delegat',
  reporting: 'Anmälan',
  route: 'Anmälningsväg',
  maxAmount: 'Högsta belopp',
  appeal: 'Överklagande',
  matter: 'Slag av ärende',
  unenforcedReporting: 'Rapport om ej verkställda beslut',
};

const APPEAL_KIND_TEXTS: Readonly<Record<string, string>> = {
  'legality-review': 'laglighetsprövning',
  administrative: 'förvaltningsbesvär',
  none: 'kan inte överklagas',
};

const MATTER_TEXTS: Readonly<Record<string, string>> = {
  procurement: 'upphandling',
  'choice-system': 'valfrihetssystem',
};

/** A field's value in Swedish, as the tables show it. */
export function itemFieldText(
  field: Exclude<keyof DelegationOrderItem, 'code'>,
  value: unknown,
  bodies: readonly Body[],
): string {
  switch (field) {
    case 'title':
    case 'legalBasis':
      return value === null || value === undefined || value === '' ? '–' : String(value);
    case 'delegates':
      return (value as readonly string[]).join(', ');
    case 'reporting':
      return REPORTING_RULE_TEXTS[value as DelegationOrderItem['reporting']];
    case 'route':
      return itemRouteText(value as readonly string[] | null, bodies);
    case 'maxAmount':
      return amountText(value as number | null);
    case 'appeal':
      return value === undefined || value === null
        ? '–'
        : (APPEAL_KIND_TEXTS[String(value)] ?? String(value));
    case 'matter':
      return value === undefined || value === null
        ? '–'
        : (MATTER_TEXTS[String(value)] ?? String(value));
    case 'unenforcedReporting':
      return value === true ? 'ja' : 'nej';
    default: {
      const never: never = field;
      return String(never);
    }
  }
}
