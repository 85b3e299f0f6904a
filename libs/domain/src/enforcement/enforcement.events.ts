import type { CalendarDate } from '../shared/calendar-date';

/** What a source system reports about carrying out a decision, as its `event` field names it. */
export const ENFORCEMENT_STEPS = ['enforced', 'interrupted', 'resumed'] as const;

export type EnforcementStep = (typeof ENFORCEMENT_STEPS)[number];

interface EnforcementData {
  readonly boardId: string;
  readonly decisionId: string;
  readonly on: CalendarDate;
}

/** The decision was carried out (verkställt). */
export interface DecisionEnforced {
  readonly type: 'DecisionEnforced';
  readonly data: EnforcementData;
}

/** Its enforcement stopped (avbrott i verkställigheten). */
export interface EnforcementInterrupted {
  readonly type: 'EnforcementInterrupted';
  readonly data: EnforcementData;
}

export interface EnforcementResumed {
  readonly type: 'EnforcementResumed';
  readonly data: EnforcementData;
}

/** On the decision's stream, beside DecisionEvent. */
export type EnforcementEvent = DecisionEnforced | EnforcementInterrupted | EnforcementResumed;
