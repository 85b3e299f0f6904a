import { assertNever } from '../shared/assert-never';
import { isValidCalendarDate, type CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import {
  DecisionNotFoundError,
  EnforcementOrderError,
  InvalidCalendarDateError,
} from '../shared/domain-errors';
import type { RecordEnforcement } from './enforcement.commands';
import type { EnforcementEvent, EnforcementStep } from './enforcement.events';

export interface EnforcementRecord {
  readonly step: EnforcementStep;
  readonly on: CalendarDate;
}

/** A decision's enforcement steps in the order they were recorded. */
export type EnforcementState = readonly EnforcementRecord[];

export const initialState: EnforcementState = [];

export function stepOf(event: EnforcementEvent): EnforcementStep {
  switch (event.type) {
    case 'DecisionEnforced':
      return 'enforced';
    case 'EnforcementInterrupted':
      return 'interrupted';
    case 'EnforcementResumed':
      return 'resumed';
    default:
      return assertNever(event);
  }
}

export function evolve(state: EnforcementState, event: EnforcementEvent): EnforcementState {
  return [...state, { step: stepOf(event), on: event.data.on }];
}

/** The decision as the app found it (undefined: not recorded). */
export type EnforcedDecision = { readonly decidedAt: CalendarDate } | undefined;

/** Which step may follow which: enforced once, then interrupted and resumed in turn. */
const FOLLOWS: Readonly<Record<EnforcementStep, EnforcementStep | null>> = {
  enforced: null,
  interrupted: 'enforced',
  resumed: 'interrupted',
};

/**
 * Records an enforcement step. The same step on the same day as the last is a
 * replay (idempotent); any other step must follow the last in order and not
 * go back in time, nor before the decision.
 */
export function decide(
  { data }: RecordEnforcement,
  state: EnforcementState,
  decision: EnforcedDecision,
): readonly EnforcementEvent[] {
  if (decision === undefined) throw new DecisionNotFoundError(data.decisionId);
  if (!isValidCalendarDate(data.on)) throw new InvalidCalendarDateError('on', data.on);
  const last = state.at(-1);
  if (last !== undefined && last.step === data.event && last.on === data.on) return [];
  if (data.on < decision.decidedAt) {
    throw new EnforcementOrderError(
      data.event,
      data.on,
      `the decision is of ${decision.decidedAt}`,
    );
  }
  const lastStep = last === undefined ? null : last.step === 'resumed' ? 'enforced' : last.step;
  if (lastStep !== FOLLOWS[data.event]) {
    throw new EnforcementOrderError(
      data.event,
      data.on,
      last === undefined ? 'nothing is recorded yet' : `the last step is ${last.step}`,
    );
  }
  if (last !== undefined && data.on < last.on) {
    throw new EnforcementOrderError(data.event, data.on, `it was ${last.step} on ${last.on}`);
  }
  const eventData = { boardId: data.boardId, decisionId: data.decisionId, on: data.on };
  switch (data.event) {
    case 'enforced':
      return [{ type: 'DecisionEnforced', data: eventData }];
    case 'interrupted':
      return [{ type: 'EnforcementInterrupted', data: eventData }];
    case 'resumed':
      return [{ type: 'EnforcementResumed', data: eventData }];
    default:
      return assertNever(data.event);
  }
}

export const enforcementDecider: Decider<
  RecordEnforcement,
  EnforcementEvent,
  EnforcementState,
  [EnforcedDecision]
> = { initialState, evolve, decide };
