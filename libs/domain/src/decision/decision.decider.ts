import { assertNever } from '../shared/assert-never';
import { isValidCalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import { deepEqual } from '../shared/deep-equal';
import {
  DecisionAnnulledError,
  DecisionConflictError,
  DecisionNotFoundError,
  InvalidCalendarDateError,
  NotDecisionSourceError,
  RequiredFieldClearedError,
} from '../shared/domain-errors';
import type {
  AmendDecision,
  AnnulDecision,
  DecisionCommand,
  RecordDecision,
} from './decision.commands';
import {
  RECORDABLE_FIELDS,
  type DecisionEvent,
  type DecisionRecorded,
  type RecordableDecisionFields,
} from './decision.events';
import {
  applyDecisionChanges,
  decidedByOf,
  effectiveChanges,
  type DecisionFacts,
} from './decision-facts';

export type DecisionState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'recorded';
      /** As first recorded: a source re-sending its original stays idempotent after an amend. */
      readonly original: RecordableDecisionFields;
      readonly facts: DecisionFacts;
    };

export const initialState: DecisionState = { status: 'absent' };

export function evolve(state: DecisionState, event: DecisionEvent): DecisionState {
  switch (event.type) {
    case 'DecisionRecorded':
      return {
        status: 'recorded',
        original: event.data,
        facts: { ...event.data, annulled: false },
      };
    case 'DecisionAmended':
      if (state.status === 'absent') return state;
      return { ...state, facts: applyDecisionChanges(state.facts, event.data.changes) };
    case 'DecisionAnnulled':
      if (state.status === 'absent') return state;
      return { ...state, facts: { ...state.facts, annulled: true } };
    default:
      return assertNever(event);
  }
}

export function decide(command: DecisionCommand, state: DecisionState): readonly DecisionEvent[] {
  switch (command.type) {
    case 'RecordDecision':
      return record(command, state);
    case 'AmendDecision':
      return amend(command, state);
    case 'AnnulDecision':
      return annul(command, state);
    default:
      return assertNever(command);
  }
}

export const decisionDecider: Decider<DecisionCommand, DecisionEvent, DecisionState> = {
  initialState,
  evolve,
  decide,
};

function record({ data }: RecordDecision, state: DecisionState): readonly DecisionEvent[] {
  assertDate('decidedAt', data.decidedAt);
  assertDate('receivedOn', data.receivedOn);
  if (data.registeredAt !== undefined) assertDate('registeredAt', data.registeredAt);
  const recorded: DecisionRecorded['data'] = {
    boardId: data.boardId,
    decisionId: data.decisionId,
    sourceSystem: data.sourceSystem,
    externalId: data.externalId,
    itemCode: data.itemCode,
    decidedAt: data.decidedAt,
    decidedBy: decidedByOf(data.decidedBy),
    registeredAt: data.registeredAt ?? data.receivedOn,
    caseRef: data.caseRef ?? null,
    summary: data.summary ?? null,
    confidential: data.confidential ?? false,
    amount: data.amount ?? null,
    urgent: data.urgent ?? false,
    // stored only when set, so decisions without them are recorded as before
    ...(data.favourable === true && { favourable: true }),
    ...(data.subject !== undefined && data.subject !== null && { subject: data.subject }),
  };
  if (state.status === 'absent') return [{ type: 'DecisionRecorded', data: recorded }];

  if (
    state.facts.sourceSystem !== data.sourceSystem ||
    state.facts.externalId !== data.externalId
  ) {
    throw new DecisionConflictError(data.decisionId, ['sourceSystem', 'externalId']);
  }
  // A re-send without registeredAt cannot know the day it first arrived, so it
  // matches whatever was stored.
  const compared = RECORDABLE_FIELDS.filter(
    (field) => field !== 'registeredAt' || data.registeredAt !== undefined,
  );
  const differing = (stored: RecordableDecisionFields) =>
    compared.filter((field) => !deepEqual(stored[field], recorded[field]));
  const fromCurrent = differing(state.facts);
  if (fromCurrent.length === 0 || differing(state.original).length === 0) return [];
  throw new DecisionConflictError(data.decisionId, fromCurrent);
}

/** Fields every decision has; an amendment may change them, never clear them. */
const REQUIRED_FIELDS = [
  'itemCode',
  'decidedAt',
  'decidedBy',
  'registeredAt',
  'confidential',
  'urgent',
] as const;

/** The decision must exist on this board, and a source system may change only what it sent. */
function changeable(
  data: { boardId: string; decisionId: string; actingSourceSystem?: string },
  state: DecisionState,
): asserts state is Extract<DecisionState, { status: 'recorded' }> {
  if (state.status === 'absent' || state.facts.boardId !== data.boardId) {
    throw new DecisionNotFoundError(data.decisionId);
  }
  if (
    data.actingSourceSystem !== undefined &&
    state.facts.sourceSystem !== data.actingSourceSystem
  ) {
    throw new NotDecisionSourceError(data.decisionId, data.actingSourceSystem);
  }
}

function amend({ data }: AmendDecision, state: DecisionState): readonly DecisionEvent[] {
  const cleared = REQUIRED_FIELDS.filter(
    (field) => (data.changes as Record<string, unknown>)[field] === null,
  );
  if (cleared.length > 0) throw new RequiredFieldClearedError(cleared);
  if (data.changes.decidedAt !== undefined) assertDate('decidedAt', data.changes.decidedAt);
  if (data.changes.registeredAt !== undefined)
    assertDate('registeredAt', data.changes.registeredAt);
  changeable(data, state);
  if (state.facts.annulled) throw new DecisionAnnulledError(data.decisionId);
  const changes = effectiveChanges(state.facts, data.changes);
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      type: 'DecisionAmended',
      data: { boardId: data.boardId, decisionId: data.decisionId, changes, reason: data.reason },
    },
  ];
}

function annul({ data }: AnnulDecision, state: DecisionState): readonly DecisionEvent[] {
  changeable(data, state);
  if (state.facts.annulled) return [];
  return [
    {
      type: 'DecisionAnnulled',
      data: { boardId: data.boardId, decisionId: data.decisionId, reason: data.reason },
    },
  ];
}

function assertDate(field: string, value: unknown): void {
  if (!isValidCalendarDate(value)) throw new InvalidCalendarDateError(field, value);
}
