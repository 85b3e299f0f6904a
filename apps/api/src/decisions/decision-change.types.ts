export interface ChangeOutcome {
  readonly decisionId: string;
  readonly position: number | undefined;
}

/** Set when a source system asks: the decider lets it change only the decisions it sent. */
export interface ChangeAuthority {
  readonly sourceSystem?: string;
}
