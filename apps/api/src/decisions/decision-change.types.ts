export interface ChangeOutcome {
  readonly decisionId: string;
  /** the stream's last position (written now, or read when nothing changed) */
  readonly position: number | undefined;
  /** false when the command changed nothing (a repeat) */
  readonly changed: boolean;
}
