import { assertNever } from '../shared/assert-never';
import { isValidCalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import {
  DuplicateItemCodeError,
  EffectiveFromNotLaterError,
  EmptyRouteError,
  InvalidCalendarDateError,
  UnknownBodyError,
  VersionExistsError,
} from '../shared/domain-errors';
import type {
  AdoptDelegationOrderVersion,
  DelegationOrderCommand,
} from './delegation-order.commands';
import type {
  DelegationOrderEvent,
  DelegationOrderItem,
  DelegationOrderVersion,
} from './delegation-order.events';

/** Versions in adoption order, which is also effectiveFrom order (append-only). */
export interface DelegationOrderState {
  readonly versions: readonly DelegationOrderVersion[];
}

export const initialState: DelegationOrderState = { versions: [] };

export function evolve(
  state: DelegationOrderState,
  event: DelegationOrderEvent,
): DelegationOrderState {
  switch (event.type) {
    case 'DelegationOrderVersionAdopted': {
      const { boardId: _boardId, ...version } = event.data;
      return { versions: [...state.versions, version] };
    }
    default:
      return assertNever(event.type);
  }
}

/** `knownBodyIds` are the board's bodies, from the board stream. */
export function decide(
  command: DelegationOrderCommand,
  state: DelegationOrderState,
  knownBodyIds: ReadonlySet<string>,
): readonly DelegationOrderEvent[] {
  switch (command.type) {
    case 'AdoptDelegationOrderVersion':
      return adopt(command, state, knownBodyIds);
    default:
      return assertNever(command.type);
  }
}

export const delegationOrderDecider: Decider<
  DelegationOrderCommand,
  DelegationOrderEvent,
  DelegationOrderState,
  [ReadonlySet<string>]
> = { initialState, evolve, decide };

function adopt(
  { data }: AdoptDelegationOrderVersion,
  state: DelegationOrderState,
  knownBodyIds: ReadonlySet<string>,
): readonly DelegationOrderEvent[] {
  if (!isValidCalendarDate(data.effectiveFrom)) {
    throw new InvalidCalendarDateError('effectiveFrom', data.effectiveFrom);
  }
  if (state.versions.some((version) => version.versionId === data.versionId)) {
    throw new VersionExistsError(data.versionId);
  }
  const latest = state.versions.reduce<string | null>(
    (max, version) => (max === null || version.effectiveFrom > max ? version.effectiveFrom : max),
    null,
  );
  if (latest !== null && data.effectiveFrom <= latest) {
    throw new EffectiveFromNotLaterError(data.effectiveFrom, latest);
  }
  const items: DelegationOrderItem[] = data.items.map((item) => ({
    code: item.code,
    title: item.title,
    legalBasis: item.legalBasis ?? null,
    delegates: item.delegates,
    reporting: item.reporting,
    route: item.route ?? null,
    maxAmount: item.maxAmount ?? null,
    // only when given, so a version adopted without them is stored as before
    ...(item.appeal !== undefined && { appeal: item.appeal }),
    ...(item.matter !== undefined && { matter: item.matter }),
    ...(item.unenforcedReporting !== undefined && {
      unenforcedReporting: item.unenforcedReporting,
    }),
  }));
  assertRoutesValid(data.defaultRoute, items, knownBodyIds);
  assertItemCodesUnique(items);
  return [
    {
      type: 'DelegationOrderVersionAdopted',
      data: {
        boardId: data.boardId,
        versionId: data.versionId,
        effectiveFrom: data.effectiveFrom,
        adoptedRef: data.adoptedRef ?? null,
        defaultRoute: data.defaultRoute,
        items,
      },
    },
  ];
}

function assertRoutesValid(
  defaultRoute: readonly string[],
  items: readonly DelegationOrderItem[],
  knownBodyIds: ReadonlySet<string>,
): void {
  if (defaultRoute.length === 0) throw new EmptyRouteError('defaultRoute');
  const emptyItem = items.find((item) => item.route !== null && item.route.length === 0);
  if (emptyItem !== undefined) throw new EmptyRouteError(`item ${emptyItem.code}`);
  const routed = [...defaultRoute, ...items.flatMap((item) => item.route ?? [])];
  const unknown = [...new Set(routed.filter((bodyId) => !knownBodyIds.has(bodyId)))];
  if (unknown.length > 0) throw new UnknownBodyError(unknown);
}

function assertItemCodesUnique(items: readonly DelegationOrderItem[]): void {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { code } of items) (seen.has(code) ? duplicates : seen).add(code);
  if (duplicates.size > 0) throw new DuplicateItemCodeError([...duplicates]);
}
