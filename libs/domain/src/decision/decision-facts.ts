import { assertNever } from '../shared/assert-never';
import { deepEqual } from '../shared/deep-equal';
import type { DecidedByInput, DecisionChangesInput } from './decision.commands';
import {
  RECORDABLE_FIELDS,
  type DecidedBy,
  type DecisionChanges,
  type DecisionEvent,
  type DecisionIdentity,
  type RecordableDecisionFields,
} from './decision.events';

/** A decision as it stands now: recorded values with every amendment applied. */
export interface DecisionFacts extends DecisionIdentity, RecordableDecisionFields {
  readonly annulled: boolean;
}

export function applyDecisionChanges<T extends RecordableDecisionFields>(
  facts: T,
  changes: DecisionChanges,
): T {
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as DecisionChanges;
  return { ...facts, ...defined };
}

/** As events store it: `id` null when absent, `automated` only when true. */
export function decidedByOf(input: DecidedByInput): DecidedBy {
  return {
    name: input.name,
    role: input.role,
    id: input.id ?? null,
    ...(input.automated === true && { automated: true }),
  };
}

/** The subset of `changes` that differs from `facts`, normalised as events store it. */
export function effectiveChanges(
  facts: RecordableDecisionFields,
  changes: DecisionChangesInput,
): DecisionChanges {
  const { decidedBy, ...rest } = changes;
  const normalised: DecisionChanges = {
    ...rest,
    ...(decidedBy !== undefined && { decidedBy: decidedByOf(decidedBy) }),
  };
  const result: Record<string, unknown> = {};
  for (const field of RECORDABLE_FIELDS) {
    const value = normalised[field];
    if (value !== undefined && !deepEqual(value, facts[field])) result[field] = value;
  }
  return result as DecisionChanges;
}

/**
 * Facts plus the log positions the judgment needs (AMENDED_AFTER_REPORT
 * compares them with the positions of reports); positions are the store's,
 * so they are passed in beside each event.
 */
export interface DecisionHistory {
  readonly facts: DecisionFacts;
  readonly recordedPosition: number;
  readonly amendmentPositions: readonly number[];
}

export function evolveDecisionHistory(
  history: DecisionHistory | undefined,
  event: DecisionEvent,
  position: number,
): DecisionHistory | undefined {
  switch (event.type) {
    case 'DecisionRecorded':
      return {
        facts: { ...event.data, annulled: false },
        recordedPosition: position,
        amendmentPositions: [],
      };
    case 'DecisionAmended':
      return (
        history && {
          ...history,
          facts: applyDecisionChanges(history.facts, event.data.changes),
          amendmentPositions: [...history.amendmentPositions, position],
        }
      );
    case 'DecisionAnnulled':
      return history && { ...history, facts: { ...history.facts, annulled: true } };
    default:
      return assertNever(event);
  }
}
