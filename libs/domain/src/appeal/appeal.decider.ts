import { assertNever } from '../shared/assert-never';
import { isValidCalendarDate, type CalendarDate } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import {
  AppealConflictError,
  AppealDateOrderError,
  AppealNotFoundError,
  DecisionNotFoundError,
  InvalidCalendarDateError,
} from '../shared/domain-errors';
import type { AppealCommand, RecordAppeal, RecordAppealOutcome } from './appeal.commands';
import type { AppealEvent, AppealOutcome } from './appeal.events';

export interface RecordedAppeal {
  readonly appealId: string;
  readonly lodgedOn: CalendarDate;
  readonly court: string | null;
  readonly caseRef: string | null;
  readonly outcome: { readonly decidedOn: CalendarDate; readonly outcome: AppealOutcome } | null;
}

/** A decision's appeals in the order they were recorded. */
export type AppealsState = readonly RecordedAppeal[];

export const initialState: AppealsState = [];

export function evolve(state: AppealsState, event: AppealEvent): AppealsState {
  switch (event.type) {
    case 'AppealRecorded': {
      const { boardId: _boardId, decisionId: _decisionId, ...appeal } = event.data;
      return [...state, { ...appeal, outcome: null }];
    }
    case 'AppealOutcomeRecorded': {
      const { appealId, decidedOn, outcome } = event.data;
      return state.map((a) =>
        a.appealId === appealId ? { ...a, outcome: { decidedOn, outcome } } : a,
      );
    }
    default:
      return assertNever(event);
  }
}

/** The decision the appeals are of, as the app found it (undefined: not recorded). */
export type AppealedDecision = { readonly decidedAt: CalendarDate } | undefined;

export function decide(
  command: AppealCommand,
  state: AppealsState,
  decision: AppealedDecision,
): readonly AppealEvent[] {
  if (decision === undefined) throw new DecisionNotFoundError(command.data.decisionId);
  switch (command.type) {
    case 'RecordAppeal':
      return recordAppeal(command, state, decision.decidedAt);
    case 'RecordAppealOutcome':
      return recordAppealOutcome(command, state);
    default:
      return assertNever(command);
  }
}

export const appealDecider: Decider<AppealCommand, AppealEvent, AppealsState, [AppealedDecision]> =
  { initialState, evolve, decide };

/**
 * Records an appeal whatever its date against the window: one lodged too late
 * is still a fact (the court will dismiss it); the view judges it `late`.
 */
function recordAppeal(
  { data }: RecordAppeal,
  state: AppealsState,
  decidedAt: CalendarDate,
): readonly AppealEvent[] {
  if (!isValidCalendarDate(data.lodgedOn))
    throw new InvalidCalendarDateError('lodgedOn', data.lodgedOn);
  if (data.lodgedOn < decidedAt) {
    throw new AppealDateOrderError('lodgedOn', data.lodgedOn, decidedAt, 'the decision date');
  }
  const appeal = {
    appealId: data.appealId,
    lodgedOn: data.lodgedOn,
    court: textOrNull(data.court),
    caseRef: textOrNull(data.caseRef),
  };
  const existing = state.find((a) => a.appealId === data.appealId);
  if (existing !== undefined) {
    const fields = (['lodgedOn', 'court', 'caseRef'] as const).filter(
      (f) => existing[f] !== appeal[f],
    );
    if (fields.length > 0) throw new AppealConflictError(data.appealId, fields);
    return [];
  }
  return [
    {
      type: 'AppealRecorded',
      data: { boardId: data.boardId, decisionId: data.decisionId, ...appeal },
    },
  ];
}

function recordAppealOutcome(
  { data }: RecordAppealOutcome,
  state: AppealsState,
): readonly AppealEvent[] {
  if (!isValidCalendarDate(data.decidedOn)) {
    throw new InvalidCalendarDateError('decidedOn', data.decidedOn);
  }
  const appeal = state.find((a) => a.appealId === data.appealId);
  if (appeal === undefined) throw new AppealNotFoundError(data.decisionId, data.appealId);
  if (data.decidedOn < appeal.lodgedOn) {
    throw new AppealDateOrderError('decidedOn', data.decidedOn, appeal.lodgedOn, 'lodgedOn');
  }
  const recorded = appeal.outcome;
  if (recorded !== null) {
    const fields = (['decidedOn', 'outcome'] as const).filter((f) => recorded[f] !== data[f]);
    if (fields.length > 0) throw new AppealConflictError(data.appealId, fields);
    return [];
  }
  const { boardId, decisionId, appealId, decidedOn, outcome } = data;
  return [
    { type: 'AppealOutcomeRecorded', data: { boardId, decisionId, appealId, decidedOn, outcome } },
  ];
}

function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}
