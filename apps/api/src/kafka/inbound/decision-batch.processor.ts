import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ProjectionRunner } from '../../projections/projection-runner';
import { ConsumerStatus } from './consumer.status';
import { DeadLetterProducer } from './dead-letter.producer';
import { DecisionMessageDispatcher, type MessageOrigin } from './decision-message.dispatcher';
import { isRejection, parseDecisionMessage } from './decision-message.parser';
import { classifyFailure } from './delivery-failure.mapping';
import { completedPrefixEnd, runInKeyLanes } from './key-lanes.runner';
import { backoffDelay, type WaitControl, waitUnlessStopped } from './retry-backoff.policy';

/**
 * How much of a fetched batch is in flight at once. The appends of one chunk
 * share the event store's group commits. Offsets are resolved after each
 * chunk and committed at most every second and at the end of the batch, so a
 * crash replays about a second's worth, which idempotency makes harmless.
 */
export const CHUNK_SIZE = 1000;
export const KEY_CONCURRENCY = 256;

/** Done: the message is durably handled (recorded, or dead-lettered); stopped: give the batch back. */
type Handled = { readonly position: number | undefined } | 'stopped';

/**
 * One partition's batch: chunks in offset order; within a chunk, messages of
 * different keys concurrently and those of one key in order. An offset is
 * resolved (and so committed) only once it and every offset before it are
 * durably handled; a passing failure is retried in place, so it holds back
 * the partition's commits until it succeeds, and is never skipped.
 */
@Injectable()
export class DecisionBatchProcessor {
  private readonly logger = new Logger('KafkaConsumer');

  constructor(
    private readonly dispatcher: DecisionMessageDispatcher,
    private readonly deadLetters: DeadLetterProducer,
    private readonly status: ConsumerStatus,
    private readonly readSide: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale, pause } =
      payload;
    const where = { topic: batch.topic, partition: batch.partition };
    const control: WaitControl = { stopped: () => !isRunning() || isStale(), heartbeat };
    let resume: (() => void) | undefined;
    const partitionControl = {
      ...control,
      // While a passing failure is retried nothing new is fetched for the partition.
      holdBack: () => (resume ??= pause()),
    };
    try {
      for (let from = 0; from < batch.messages.length; from += CHUNK_SIZE) {
        if (control.stopped()) return;
        const chunk = batch.messages.slice(from, from + CHUNK_SIZE);
        let last: number | undefined;
        const done = await runInKeyLanes(
          chunk,
          // kafka.md asks for a key; messages without one share a lane, so their order holds too
          (message) => message.key?.toString('utf8') ?? '',
          KEY_CONCURRENCY,
          async (message) => {
            const handled = await this.handle(message, where, partitionControl);
            if (handled === 'stopped') return false;
            // kafkajs sends it only when heartbeatInterval has passed: a long chunk keeps the membership
            await heartbeat();
            if (handled.position !== undefined) last = Math.max(last ?? 0, handled.position);
            return true;
          },
        );
        const end = completedPrefixEnd(done);
        if (resume && end === chunk.length - 1) {
          resume();
          resume = undefined;
          this.status.recovered(where);
        }
        // Back-pressure from the read side: the next chunk waits until this one is readable.
        if (last !== undefined)
          await this.readSide.waitFor(last, this.config.readYourWritesTimeoutMs);
        if (end >= 0) resolveOffset(chunk[end].offset);
        await heartbeat();
        await commitOffsetsIfNecessary();
        if (end < chunk.length - 1) return;
      }
    } finally {
      resume?.();
    }
  }

  private async handle(
    message: KafkaMessage,
    where: { topic: string; partition: number },
    control: WaitControl & { holdBack: () => void },
  ): Promise<Handled> {
    const origin: MessageOrigin = {
      ...where,
      offset: message.offset,
      messageId: header(message, 'message-id'),
    };
    for (let attempt = 1; ; attempt++) {
      if (control.stopped()) return 'stopped';
      try {
        return await this.handleOnce(message, origin);
      } catch (error) {
        const failure = classifyFailure(error);
        this.status.retryScheduled(origin, attempt, failure.message);
        if (attempt === 1 || attempt % 10 === 0) {
          this.logger.warn(
            `${where.topic}/${where.partition}@${message.offset}: ${failure.message}; retrying (attempt ${attempt})`,
          );
        }
        control.holdBack();
        if (!(await waitUnlessStopped(backoffDelay(attempt), control))) return 'stopped';
      }
    }
  }

  /** Throws only for passing failures; a permanent one is dead-lettered and counts as handled. */
  private async handleOnce(
    message: KafkaMessage,
    origin: MessageOrigin,
  ): Promise<{ position: number | undefined }> {
    const parsed = await parseDecisionMessage(message.value);
    if (isRejection(parsed)) {
      await this.deadLetter(message, origin, parsed.code, parsed.message);
      return { position: undefined };
    }
    try {
      const outcome = await this.dispatcher.dispatch(parsed, origin);
      this.status.dispatched(outcome.status);
      return { position: outcome.position };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'passing') throw error;
      await this.deadLetter(message, origin, failure.code, failure.message);
      return { position: undefined };
    }
  }

  private async deadLetter(
    message: KafkaMessage,
    origin: MessageOrigin,
    code: string,
    reason: string,
  ): Promise<void> {
    await this.deadLetters.send(message, origin, { code, message: reason });
    this.status.deadLettered(origin, code, reason);
    this.logger.warn(
      `${origin.topic}/${origin.partition}@${origin.offset} sent to the DLQ: ${code}: ${reason}`,
    );
  }
}

/** A header's value; an empty or blank one counts as absent (it identifies nothing). */
function header(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  const text = first?.toString().trim();
  return text ? text : undefined;
}
