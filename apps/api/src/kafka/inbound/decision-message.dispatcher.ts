import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@delegationsbeslut/event-store';
import { type CommandMeta, commandMeta } from '../../application/command-meta';
import { amendDecisionFromMessage } from '../../decisions/amend-decision/amend-decision.message';
import { annulDecisionFromMessage } from '../../decisions/annul-decision/annul-decision.message';
import type { ChangeOutcome } from '../../decisions/decision-change.types';
import { recordDecisionFromMessage } from '../../decisions/record-decision/record-decision.message';
import { EVENT_STORE } from '../../event-store/event-store.provider';
import { decisionIdFor, streamIds } from '../../event-store/streams';
import { assertNever } from '@delegationsbeslut/domain';
import type { DecisionMessage } from './decision-message.parser';

/** Where a message sits in Kafka, and the publisher's own id for it when it sent one. */
export interface MessageOrigin {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** the `message-id` header */
  readonly messageId: string | undefined;
}

export interface DispatchOutcome {
  /** the log position the command appended at; undefined when it changed nothing */
  readonly position: number | undefined;
  readonly status: 'created' | 'changed' | 'unchanged' | 'duplicate';
}

/**
 * The message's identity, stored as the events' causationId. A redelivery of
 * the same record (same offset) or a re-publish of the same message (same
 * `message-id`) carries the same identity.
 */
export function causationIdOf(origin: MessageOrigin): string {
  return origin.messageId !== undefined
    ? `message-id:${origin.messageId}`
    : `kafka:${origin.topic}/${origin.partition}/${origin.offset}`;
}

/**
 * Kafka is another door into the commands the HTTP API dispatches: no rule of
 * the domain lives here. A source system names its decisions by externalId,
 * so the decision id is derived as the record command derives it, and the
 * source system may change only what it sent itself (authority).
 */
@Injectable()
export class DecisionMessageDispatcher {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async dispatch(message: DecisionMessage, origin: MessageOrigin): Promise<DispatchOutcome> {
    const causationId = causationIdOf(origin);
    const meta = {
      ...commandMeta(message.sourceSystem, origin.messageId ?? causationId, causationId),
      kafka: { topic: origin.topic, partition: origin.partition, offset: origin.offset },
    };
    switch (message.type) {
      case 'DecisionRecorded': {
        const outcome = await this.commands.execute(recordDecisionFromMessage(message, meta));
        return { position: outcome.position, status: outcome.status };
      }
      case 'DecisionAmended': {
        const decisionId = decisionIdFor(message.boardId, message.sourceSystem, message.externalId);
        if (await this.alreadyApplied(decisionId, origin))
          return { position: undefined, status: 'duplicate' };
        const outcome = await this.commands.execute(
          amendDecisionFromMessage(message, decisionId, meta),
        );
        return changed(outcome);
      }
      case 'DecisionAnnulled': {
        const decisionId = decisionIdFor(message.boardId, message.sourceSystem, message.externalId);
        if (await this.alreadyApplied(decisionId, origin))
          return { position: undefined, status: 'duplicate' };
        const outcome = await this.commands.execute(
          annulDecisionFromMessage(message, decisionId, meta),
        );
        return changed(outcome);
      }
      default:
        return assertNever(message);
    }
  }

  /**
   * Amend and annul are not idempotent by content: a replayed amend must not
   * undo a later one, even when the replayed one changed nothing and so left
   * no event behind. A key's messages are in one partition, in order, and
   * every event written for a message records where it came from; so a
   * message is a replay when the decision already has an event from the same
   * partition at or after its offset, or one caused by its `message-id`.
   * This is about delivery, not the domain: the command decides.
   */
  private async alreadyApplied(decisionId: string, origin: MessageOrigin): Promise<boolean> {
    const causationId = causationIdOf(origin);
    const offset = BigInt(origin.offset);
    const events = await this.store.readStream(streamIds.decision(decisionId));
    return events.some((event) => {
      if (event.metadata.causationId === causationId) return true;
      const from = event.metadata.kafka as CommandMeta['kafka'];
      return (
        from !== undefined &&
        from.topic === origin.topic &&
        from.partition === origin.partition &&
        BigInt(from.offset) >= offset
      );
    });
  }
}

function changed(outcome: ChangeOutcome): DispatchOutcome {
  return { position: outcome.position, status: outcome.changed ? 'changed' : 'unchanged' };
}
