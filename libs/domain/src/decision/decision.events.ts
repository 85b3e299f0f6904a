import type { CalendarDate } from '../shared/calendar-date';

export interface DecidedBy {
  readonly name: string;
  /** Matched against the item's delegates. */
  readonly role: string;
  readonly id: string | null;
  /** Taken by an automated decision function (KL 6:37); stored only when true. */
  readonly automated?: true;
}

/** Who a decision is about, for the quarterly report; confidential like `summary`. */
export interface DecisionSubject {
  readonly gender?: 'K' | 'M' | 'X';
  /** The board's area, e.g. "IFO Barn och unga". */
  readonly area?: string;
}

/** What a source system states about a decision, and may later correct by amend. */
export interface RecordableDecisionFields {
  readonly itemCode: string;
  readonly decidedAt: CalendarDate;
  readonly decidedBy: DecidedBy;
  /** When the source system registered it; LATE_REGISTERED is judged on this. */
  readonly registeredAt: CalendarDate;
  readonly caseRef: string | null;
  readonly summary: string | null;
  readonly confidential: boolean;
  readonly amount: number | null;
  /** Brådskande ordförandebeslut (KL 6:39): always reported to the board itself. */
  readonly urgent: boolean;
  /**
   * Gynnande: tracked for enforcement under an item with unenforcedReporting.
   * Absent in events stored before it existed, and when false.
   */
  readonly favourable?: boolean;
  readonly subject?: DecisionSubject;
}

export const RECORDABLE_FIELDS = [
  'itemCode',
  'decidedAt',
  'decidedBy',
  'registeredAt',
  'caseRef',
  'summary',
  'confidential',
  'amount',
  'urgent',
  'favourable',
  'subject',
] as const satisfies readonly (keyof RecordableDecisionFields)[];

export type DecisionChanges = Partial<RecordableDecisionFields>;

export interface DecisionIdentity {
  readonly boardId: string;
  /** Derived by the app from board, source system and externalId. */
  readonly decisionId: string;
  readonly sourceSystem: string;
  readonly externalId: string;
}

export interface DecisionRecorded {
  readonly type: 'DecisionRecorded';
  readonly data: DecisionIdentity & RecordableDecisionFields;
}

export interface DecisionAmended {
  readonly type: 'DecisionAmended';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    /** Only the fields whose value really changed. */
    readonly changes: DecisionChanges;
    readonly reason: string;
  };
}

export interface DecisionAnnulled {
  readonly type: 'DecisionAnnulled';
  readonly data: { readonly boardId: string; readonly decisionId: string; readonly reason: string };
}

export type DecisionEvent = DecisionRecorded | DecisionAmended | DecisionAnnulled;
