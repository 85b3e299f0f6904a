import type { ReportingMode } from '../judgment/judgment.types';
import type { CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import { deepEqual } from '../shared/deep-equal';
import { DecisionNotFoundError, NotSeparatelyMinutedError } from '../shared/domain-errors';
import type { RecordSeparateMinutes } from './minutes.commands';
import { nextMinutes, type MinutesState } from './minutes.decider';
import type { SeparateMinutesEvent } from './minutes.events';

export const initialState: MinutesState = null;

export function evolve(_state: MinutesState, event: SeparateMinutesEvent): MinutesState {
  const { boardId: _boardId, decisionId: _decisionId, ...minutes } = event.data;
  return minutes;
}

/** The decision as the app found it: its date, and its reporting mode as judged now. */
export type SeparatelyMinutedDecision =
  | { readonly decidedAt: CalendarDate; readonly mode: ReportingMode }
  | undefined;

/**
 * Records or corrects a decision's own minutes; only a decision judged
 * `separate-minutes` has any, and they cannot be approved before it was made.
 */
export function decide(
  { data }: RecordSeparateMinutes,
  state: MinutesState,
  decision: SeparatelyMinutedDecision,
): readonly SeparateMinutesEvent[] {
  if (decision === undefined) throw new DecisionNotFoundError(data.decisionId);
  if (decision.mode !== 'separate-minutes') {
    throw new NotSeparatelyMinutedError(data.decisionId, decision.mode);
  }
  const minutes = nextMinutes(state, data, decision.decidedAt, 'the decision date');
  if (deepEqual(minutes, state)) return [];
  return [
    {
      type: 'SeparateMinutesRecorded',
      data: { boardId: data.boardId, decisionId: data.decisionId, ...minutes },
    },
  ];
}

export const separateMinutesDecider: Decider<
  RecordSeparateMinutes,
  SeparateMinutesEvent,
  MinutesState,
  [SeparatelyMinutedDecision]
> = { initialState, evolve, decide };
