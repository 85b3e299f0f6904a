import type { CalendarDate } from '../shared/calendar-date';
import type { DecisionSubject, RecordableDecisionFields } from './decision.events';

export interface DecidedByInput {
  readonly name: string;
  readonly role: string;
  readonly id?: string | null;
  readonly automated?: boolean;
}

export interface RecordDecision {
  readonly type: 'RecordDecision';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly sourceSystem: string;
    readonly externalId: string;
    readonly itemCode: string;
    readonly decidedAt: CalendarDate;
    readonly decidedBy: DecidedByInput;
    /** Absent: the decision counts as registered on `receivedOn`. */
    readonly registeredAt?: CalendarDate;
    /** The day (Europe/Stockholm) the decision reached this product; the app's clock. */
    readonly receivedOn: CalendarDate;
    readonly caseRef?: string | null;
    readonly summary?: string | null;
    readonly confidential?: boolean;
    readonly amount?: number | null;
    readonly urgent?: boolean;
    /** Default false. */
    readonly favourable?: boolean;
    readonly subject?: DecisionSubject | null;
  };
}

export type DecisionChangesInput = Partial<Omit<RecordableDecisionFields, 'decidedBy'>> & {
  readonly decidedBy?: DecidedByInput;
};

export interface AmendDecision {
  readonly type: 'AmendDecision';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly changes: DecisionChangesInput;
    readonly reason: string;
    /** Set when a source system asks: it may change only the decisions it sent. */
    readonly actingSourceSystem?: string;
  };
}

export interface AnnulDecision {
  readonly type: 'AnnulDecision';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly reason: string;
    /** Set when a source system asks: it may change only the decisions it sent. */
    readonly actingSourceSystem?: string;
  };
}

export type DecisionCommand = RecordDecision | AmendDecision | AnnulDecision;
