import type { Flag } from '@delegationsbeslut/domain';

/** The outbound messages of kafka.md (`delegationsbeslut.alerts.v1`), keyed by boardId. */
export type Alert =
  | {
      readonly type: 'DecisionOverdue';
      readonly boardId: string;
      readonly decisionId: string;
      readonly externalId: string;
      readonly bodyId: string;
      readonly dueMeetingId: string;
      readonly dueDate: string;
    }
  | {
      readonly type: 'DecisionFlagged';
      readonly boardId: string;
      readonly decisionId: string;
      readonly externalId: string;
      readonly flags: readonly Flag[];
    }
  | {
      readonly type: 'DecisionReportingCompleted';
      readonly boardId: string;
      readonly decisionId: string;
      readonly externalId: string;
    };

/**
 * One alert per cause: the id says what caused it, so the same cause (a
 * replay, a rebuilt projection, a second overdue check) gives the same id,
 * which the outbox stores once and consumers can de-duplicate on.
 */
export const alertIds = {
  flagged: (decisionId: string, causePosition: number): string =>
    `flagged:${decisionId}:${causePosition}`,
  /** the position of the event that completed it: a decision reopened by an amendment can complete again */
  completed: (decisionId: string, causePosition: number): string =>
    `completed:${decisionId}:${causePosition}`,
  overdue: (decisionId: string, dueMeetingId: string): string =>
    `overdue:${decisionId}:${dueMeetingId}`,
};
