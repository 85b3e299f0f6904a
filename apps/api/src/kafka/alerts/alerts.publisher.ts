import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Kafka, Producer } from 'kafkajs';
import { READ_MODEL_DB } from '../../projections/read-model-database';
import {
  idempotentProducer,
  KAFKA_CLIENT,
  KAFKA_SETTINGS,
  type KafkaSettings,
  settledWithin,
  STOP_TIMEOUT_MS,
} from '../kafka-client.provider';
import { ensureTopics } from '../kafka-topics.setup';
import { backoffDelay } from '../inbound/retry-backoff.policy';
import { WakeableSleep } from '../wakeable-sleep';
import {
  markAlertsSent,
  type OutboxRow,
  unsentAlertCount,
  unsentAlerts,
} from '../../alerts/alerts-outbox.schema';

const BATCH = 500;
/** How often an idle publisher looks for new rows; a new alert waits at most this long. */
const POLL_MS = 200;

/**
 * Publishes the outbox in order, a batch at a time, and marks rows sent once
 * the broker has acknowledged them (idempotent producer, acks all, one
 * request in flight, so order per key holds across the producer's retries).
 *
 * The one window left: a crash after the acknowledgement and before the
 * mark publishes that batch again at the next start. Every message carries
 * the stable `alert-id` header for consumers to drop such a repeat.
 */
@Injectable()
export class AlertsPublisher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AlertsPublisher');
  private producer: Producer | undefined;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private readonly idle = new WakeableSleep();
  private published = 0;
  private lastPublishedAt: string | null = null;
  private lastError: { at: string; message: string } | null = null;
  /** a send in progress: it waits out a broker outage, so /health shows how long it has waited */
  private sending: { since: string; alerts: number } | null = null;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.publishLoop();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.idle.stop();
    await settledWithin(this.loop, STOP_TIMEOUT_MS);
    // a send still waiting for the broker fails now; its rows stay unsent and go at the next start
    await settledWithin(this.producer?.disconnect(), STOP_TIMEOUT_MS);
  }

  /** Looks at the outbox now rather than at the next poll. */
  wake(): void {
    this.idle.wake();
  }

  status() {
    return {
      topic: this.settings.alertsTopic,
      // null while the service stops: the read-model database closes before the HTTP server does
      unsent: this.db.open ? unsentAlertCount(this.db) : null,
      published: this.published,
      sending: this.sending,
      lastPublishedAt: this.lastPublishedAt,
      lastError: this.lastError,
    };
  }

  private async publishLoop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        const sent = await this.publishBatch();
        failures = 0;
        if (sent === 0) await this.idle.sleep(POLL_MS);
      } catch (error) {
        failures += 1;
        this.lastError = { at: new Date().toISOString(), message: String(error) };
        if (failures === 1 || failures % 10 === 0)
          this.logger.warn(`publishing alerts failed (${failures}x): ${String(error)}`);
        await this.idle.sleep(backoffDelay(failures, { initialMs: 500, maxMs: 30_000 }));
      }
    }
  }

  private async publishBatch(): Promise<number> {
    const rows = unsentAlerts(this.db, BATCH);
    if (rows.length === 0) return 0;
    const producer = await this.connected();
    this.sending = { since: new Date().toISOString(), alerts: rows.length };
    try {
      await this.send(producer, rows);
    } finally {
      this.sending = null;
    }
    markAlertsSent(this.db, rows[0].seq, rows[rows.length - 1].seq);
    this.published += rows.length;
    this.lastPublishedAt = new Date().toISOString();
    return rows.length;
  }

  private async send(producer: Producer, rows: readonly OutboxRow[]): Promise<void> {
    await producer.send({
      topic: this.settings.alertsTopic,
      acks: -1,
      messages: rows.map((row) => ({
        key: row.board_id,
        value: row.payload,
        headers: { 'alert-id': row.alert_id, 'content-type': 'application/json' },
      })),
    });
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    const topicsError = await ensureTopics(this.kafka, [this.settings.alertsTopic]);
    if (topicsError)
      this.logger.warn(
        `could not create ${this.settings.alertsTopic}, expecting it to exist: ${topicsError.message}`,
      );
    const producer = idempotentProducer(this.kafka);
    await producer.connect();
    this.producer = producer;
    return producer;
  }
}
