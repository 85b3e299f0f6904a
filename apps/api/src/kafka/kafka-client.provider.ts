import { Logger, type Provider } from '@nestjs/common';
import { Kafka, logLevel, type LogEntry, Partitioners, type Producer } from 'kafkajs';
import type { AppConfig } from '../config/app-config';

export type KafkaSettings = NonNullable<AppConfig['kafka']>;

export const KAFKA_SETTINGS = Symbol('KAFKA_SETTINGS');
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

/** The dead-letter topic of a topic, named as kafka.md says. */
export const deadLetterTopicOf = (topic: string): string => `${topic}.dlq`;

/** kafkajs's log lines go through Nest's logger, so they are JSON lines like the rest. */
function nestLogCreator() {
  const logger = new Logger('Kafka');
  return () =>
    ({ namespace, level, log }: LogEntry): void => {
      // kafkajs's own timestamp and logger name would repeat what the line already has
      const { message, timestamp: _timestamp, logger: _logger, ...extra } = log;
      const entry = { msg: `${namespace}: ${message}`, ...extra };
      if (level === logLevel.ERROR) logger.error(entry);
      else if (level === logLevel.WARN) logger.warn(entry);
      else logger.log(entry);
    };
}

export function kafkaClientProviders(settings: KafkaSettings): Provider[] {
  return [
    { provide: KAFKA_SETTINGS, useValue: settings },
    {
      provide: KAFKA_CLIENT,
      useFactory: () =>
        new Kafka({
          clientId: 'delegationsbeslut',
          brokers: [...settings.brokers],
          // WARN: kafkajs reports every rebalance and reconnect at INFO.
          logLevel: logLevel.WARN,
          logCreator: nestLogCreator(),
          retry: { initialRetryTime: 300, retries: 8 },
        }),
    },
  ];
}

/**
 * The producer of the DLQ and of the alerts: idempotent with acks all, one
 * request in flight (order per key survives retries), the Java client's key
 * hashing (a key lands on the partition any other client would pick), and
 * kafkajs's unbounded retries for idempotent producers: a bounded number
 * would let a retried batch be written twice. A send therefore waits out a
 * broker outage; whoever stops the service bounds that wait.
 */
export function idempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: Number.MAX_SAFE_INTEGER },
  });
}

/** Resolves when `work` settles or after `ms`, whichever is first: a stop must not hang on the broker. */
export async function settledWithin(
  work: Promise<unknown> | undefined,
  ms: number,
): Promise<boolean> {
  if (!work) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const done = work.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long a stop waits for the broker (a pending group join, a send in retry) before it goes on without it. */
export const STOP_TIMEOUT_MS = 5_000;
