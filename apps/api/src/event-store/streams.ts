import { createHash } from 'node:crypto';
import type {
  BoardEvent,
  DecisionEvent,
  DelegationOrderEvent,
  MeetingEvent,
} from '@delegationsbeslut/domain';
import type { RecordedEvent } from '@delegationsbeslut/event-store';

/**
 * Stream ids. Ids are `a-z 0-9 . _ -`, so `:` cannot occur in them and keeps
 * board and meeting apart. One stream per decision, meeting and delegation
 * order means the store's expected revision, not a check-then-write, keeps
 * them unique, even across several service instances.
 */
export const streamIds = {
  board: (boardId: string): string => `board-${boardId}`,
  delegationOrder: (boardId: string): string => `delegation-order-${boardId}`,
  meeting: (boardId: string, meetingId: string): string => `meeting-${boardId}:${meetingId}`,
  decision: (decisionId: string): string => `decision-${decisionId}`,
};

/**
 * One decision per (board, source system, externalId): the id is derived from
 * the three, so a re-send, even a concurrent one on another instance, lands
 * on the same stream and the store lets only one create it.
 */
export function decisionIdFor(boardId: string, sourceSystem: string, externalId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([boardId, sourceSystem, externalId]))
    .digest('hex')
    .slice(0, 24);
}

export type DomainEvent = BoardEvent | DelegationOrderEvent | MeetingEvent | DecisionEvent;
export type DomainEventType = DomainEvent['type'];

/** Events in the log are the domain's events; the type string is the stored, stable name. */
export function asDomainEvent(event: RecordedEvent): DomainEvent {
  return { type: event.type, data: event.data } as DomainEvent;
}
