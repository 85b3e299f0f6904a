import type { CalendarDate } from '../shared/calendar-date';

/** How a decision under an item is appealed; only legality review runs from the notice board. */
export const APPEAL_KINDS = ['legality-review', 'administrative', 'none'] as const;

export type AppealKind = (typeof APPEAL_KINDS)[number];

/** The item's `appeal` when it names none. */
export const DEFAULT_APPEAL_KIND: AppealKind = 'legality-review';

export const APPEAL_OUTCOMES = ['upheld', 'quashed'] as const;

/** The court's outcome for the decision: it stands (upheld) or is set aside (quashed). */
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** An appeal of the decision reached the court (laglighetsprövning, KL 13 kap.). */
export interface AppealRecorded {
  readonly type: 'AppealRecorded';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly appealId: string;
    readonly lodgedOn: CalendarDate;
    readonly court: string | null;
    readonly caseRef: string | null;
  };
}

/** The court decided the appeal. */
export interface AppealOutcomeRecorded {
  readonly type: 'AppealOutcomeRecorded';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly appealId: string;
    readonly decidedOn: CalendarDate;
    readonly outcome: AppealOutcome;
  };
}

/** On the decision's stream, beside DecisionEvent. */
export type AppealEvent = AppealRecorded | AppealOutcomeRecorded;
