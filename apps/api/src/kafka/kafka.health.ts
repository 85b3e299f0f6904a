import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { HealthContributors } from '../health/health-contributors';
import { AlertsPublisher } from './alerts/alerts.publisher';
import { OverdueAlertsScheduler } from './alerts/overdue-alerts.scheduler';
import { ConsumerStatus } from './inbound/consumer.status';
import { KAFKA_CLIENT, KAFKA_SETTINGS, type KafkaSettings } from './kafka-client.provider';

export interface ConsumerLag {
  /** messages on the topic after the group's committed offsets */
  readonly total: number;
  readonly partitions: readonly {
    partition: number;
    committed: string;
    end: string;
    lag: number;
  }[];
}

/** /health is polled; the broker is asked at most this often. */
const LAG_CACHE_MS = 1_000;
/** /health answers even when the broker does not. */
const LAG_TIMEOUT_MS = 2_000;

/** Adds `kafka` to /health: consumer lag and state, the last error, the alerts outbox. */
@Injectable()
export class KafkaHealth implements OnApplicationBootstrap, OnModuleDestroy {
  private admin: Admin | undefined;
  private cached: { at: number; lag: Promise<ConsumerLag | { error: string }> } | undefined;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaSettings,
    private readonly contributors: HealthContributors,
    private readonly consumer: ConsumerStatus,
    // absent on an instance with KAFKA_ALERTS=off
    @Optional() private readonly publisher?: AlertsPublisher,
    @Optional() private readonly overdue?: OverdueAlertsScheduler,
  ) {}

  onApplicationBootstrap(): void {
    this.contributors.register(
      'kafka',
      () => this.report(),
      () => this.consumer.problem(),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }

  async report(): Promise<Record<string, unknown>> {
    // lag first: counts read after it cover at least every message the lag counts as committed
    const lag = await this.lag();
    return {
      brokers: this.settings.brokers,
      decisionsTopic: this.settings.decisionsTopic,
      groupId: this.settings.groupId,
      consumer: { ...this.consumer.snapshot(), lag },
      alerts:
        this.publisher && this.overdue
          ? { ...this.publisher.status(), overdueCheck: this.overdue.status() }
          : { publishing: false, reason: 'KAFKA_ALERTS=off' },
    };
  }

  private lag(): Promise<ConsumerLag | { error: string }> {
    if (!this.cached || Date.now() - this.cached.at > LAG_CACHE_MS) {
      this.cached = {
        at: Date.now(),
        lag: withTimeout(this.fetchLag(), LAG_TIMEOUT_MS).catch((error: unknown) => ({
          error: String(error),
        })),
      };
    }
    return this.cached.lag;
  }

  private async fetchLag(): Promise<ConsumerLag> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const { decisionsTopic: topic, groupId } = this.settings;
    const [ends, [committed]] = await Promise.all([
      this.admin.fetchTopicOffsets(topic),
      this.admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    const partitions = ends.map(({ partition, high, low }) => {
      const offset = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
      // -1: the group has committed nothing yet, so everything still on the topic is lag
      const from = Number(offset) < 0 ? Number(low) : Number(offset);
      return { partition, committed: offset, end: high, lag: Math.max(0, Number(high) - from) };
    });
    return { total: partitions.reduce((sum, p) => sum + p.lag, 0), partitions };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the broker within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
