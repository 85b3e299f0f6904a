import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import {
  deadLetterTopicOf,
  idempotentProducer,
  KAFKA_CLIENT,
  settledWithin,
  STOP_TIMEOUT_MS,
} from '../kafka-client.provider';

export interface DeadLetterReason {
  readonly code: string;
  readonly message: string;
}

export interface DeadLetterOrigin {
  readonly topic: string;
  readonly partition: number;
}

/** kafka.md caps nothing, but a DLQ header holding a whole stack trace helps no one. */
const MAX_ERROR_MESSAGE = 2000;

/**
 * Sends a message that can never succeed to `{topic}.dlq` with its original
 * key, value and headers, plus the headers of kafka.md. The consumer moves on
 * only once the broker has acknowledged it (acks all), so a crash in between
 * dead-letters the message again rather than losing it.
 */
/** How long a dead letter may wait for the broker's acknowledgement. */
const SEND_TIMEOUT_MS = 30_000;

@Injectable()
export class DeadLetterProducer implements OnModuleDestroy {
  private producer: Producer | undefined;
  private connecting: Promise<Producer> | undefined;
  private closed = false;

  constructor(@Inject(KAFKA_CLIENT) private readonly kafka: Kafka) {}

  async send(
    message: KafkaMessage,
    origin: DeadLetterOrigin,
    reason: DeadLetterReason,
  ): Promise<void> {
    if (this.closed) throw new Error('the dead-letter producer is stopped');
    const producer = await this.connected();
    const headers: IHeaders = {
      ...message.headers,
      'error-code': reason.code,
      'error-message': reason.message.slice(0, MAX_ERROR_MESSAGE),
      'original-topic': origin.topic,
      'original-partition': String(origin.partition),
      'original-offset': message.offset,
    };
    const topic = deadLetterTopicOf(origin.topic);
    const sent = producer.send({
      topic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    // The producer retries without end (see idempotentProducer): a DLQ that
    // never acknowledges (missing, not creatable) becomes a passing failure
    // the consumer retries and /health shows, instead of a silent hang. A
    // late acknowledgement may then write the dead letter twice.
    if (!(await settledWithin(sent, SEND_TIMEOUT_MS))) {
      throw new Error(`${topic} did not acknowledge the dead letter within ${SEND_TIMEOUT_MS} ms`);
    }
    await sent;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (!this.producer) await settledWithin(this.connecting, STOP_TIMEOUT_MS);
    const producer = this.producer;
    this.producer = undefined;
    // a send waiting out a broker outage fails now; its message stays uncommitted and comes again
    await settledWithin(producer?.disconnect(), STOP_TIMEOUT_MS);
  }

  private connected(): Promise<Producer> {
    if (this.producer) return Promise.resolve(this.producer);
    this.connecting ??= (async () => {
      const producer = idempotentProducer(this.kafka);
      try {
        await producer.connect();
      } catch (error) {
        this.connecting = undefined;
        throw error;
      }
      this.producer = producer;
      return producer;
    })();
    return this.connecting;
  }
}
