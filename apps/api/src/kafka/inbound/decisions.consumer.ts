import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import {
  deadLetterTopicOf,
  KAFKA_CLIENT,
  KAFKA_SETTINGS,
  type KafkaSettings,
  settledWithin,
  STOP_TIMEOUT_MS,
} from '../kafka-client.provider';
import { ensureTopics } from '../kafka-topics.setup';
import { ConsumerStatus } from './consumer.status';
import { DecisionBatchProcessor } from './decision-batch.processor';
import { backoffDelay } from './retry-backoff.policy';
import { WakeableSleep } from '../wakeable-sleep';

/** Partitions of the topic handled at the same time by this instance. */
const PARTITIONS_CONCURRENTLY = 4;

/**
 * The inbound consumer of kafka.md. Offsets are resolved by the batch
 * processor only after the append is durable; kafkajs commits resolved
 * offsets (never more) after each batch and on an orderly stop.
 *
 * Kafka being down never stops the service: the consumer connects in the
 * background and reconnects, with back-off, when the client gives up.
 */
@Injectable()
export class DecisionsConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('KafkaConsumer');
  private consumer: Consumer | undefined;
  private stopping = false;
  private supervising: Promise<void> | undefined;
  private readonly backoff = new WakeableSleep();

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly processor: DecisionBatchProcessor,
    private readonly status: ConsumerStatus,
  ) {}

  onApplicationBootstrap(): void {
    this.supervising = this.supervise();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.backoff.stop();
    // kafkajs lets the running batches finish (they stop at the next message) and commits what they
    // resolved. It would also wait out a group join, which after a crash lasts until the dead member's
    // session expires; uncommitted messages come again, so the stop goes on after a bound.
    const disconnected = this.consumer
      ?.disconnect()
      .catch((error: unknown) => this.logger.warn(`disconnect: ${String(error)}`));
    if (!(await settledWithin(disconnected, STOP_TIMEOUT_MS)))
      this.logger.warn('the consumer did not stop in time; going on without it');
    await settledWithin(this.supervising, STOP_TIMEOUT_MS);
    this.status.stopped();
  }

  private async supervise(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        const { gone } = await this.run();
        attempt = 0;
        await gone;
      } catch (error) {
        this.status.reconnecting(error);
        this.logger.error(`consumer could not start: ${String(error)}`);
      }
      await this.consumer?.disconnect().catch(() => undefined);
      this.consumer = undefined;
      if (this.stopping) return;
      await this.backoff.sleep(
        backoffDelay(Math.max(1, attempt), { initialMs: 1_000, maxMs: 30_000 }),
      );
    }
  }

  /**
   * Connects and starts consuming. `gone` settles when the consumer is gone
   * for good: kafkajs gave up restarting it on its own, or the service stops.
   */
  private async run(): Promise<{ gone: Promise<void> }> {
    const { decisionsTopic, groupId } = this.settings;
    const topicsError = await ensureTopics(this.kafka, [
      decisionsTopic,
      deadLetterTopicOf(decisionsTopic),
    ]);
    if (topicsError) {
      this.status.kafkaError(topicsError);
      this.logger.warn(
        `could not create the topics, expecting them to exist: ${topicsError.message}`,
      );
    }
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // a fetch returns as soon as there is data; this only bounds an idle poll (and so a stop)
      maxWaitTimeInMs: 1_000,
    });
    this.consumer = consumer;
    const gone = new Promise<void>((resolve) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        this.status.reconnecting(payload.error);
        this.logger.error(
          `consumer crashed${payload.restart ? ', kafkajs restarts it' : ''}: ${String(payload.error)}`,
        );
        if (!payload.restart) resolve();
      });
      consumer.on(consumer.events.STOP, () => {
        if (this.stopping) resolve();
      });
      consumer.on(consumer.events.GROUP_JOIN, () => this.status.running());
    });
    await consumer.connect();
    if (this.stopping) return { gone: Promise.resolve() };
    // fromBeginning: a new group starts at the oldest message, so nothing published before the first start is lost
    await consumer.subscribe({ topics: [decisionsTopic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS_CONCURRENTLY,
      eachBatchAutoResolve: false,
      // kafkajs commits what is resolved after every batch; within a long batch, at most every second
      autoCommitInterval: 1_000,
      eachBatch: (payload) => this.processor.process(payload),
    });
    return { gone };
  }
}
