/**
 * Kafka givens for test/kafka: the broker of the jest globalSetup, unique
 * topics per test, producing, and reading a topic up to its end.
 */
import { randomUUID } from 'node:crypto';
import { type IHeaders, Kafka, logLevel, Partitioners } from 'kafkajs';
import type { ServiceEnv } from '../../support/service';

/** The broker of test/support/kafka-global-setup.ts; throws (the test fails, never skips) without one. */
export function testBrokers(): string[] {
  const error = process.env.KAFKA_TEST_BROKERS_ERROR;
  if (error) throw new Error(`no Kafka broker for the tests: ${error}`);
  const brokers = process.env.KAFKA_TEST_BROKERS;
  if (!brokers) {
    throw new Error(
      'KAFKA_TEST_BROKERS is not set: run the tests with jest.config.js (its globalSetup starts a broker) or set it to host:port',
    );
  }
  return brokers.split(',');
}

export function kafkaClient(brokers: readonly string[]): Kafka {
  return new Kafka({
    clientId: 'kafka-tests',
    brokers: [...brokers],
    logLevel: logLevel.ERROR,
    retry: { retries: 3 },
  });
}

/** Fails unless the broker answers a metadata request within the deadline. */
export async function expectBrokerReachable(
  brokers: readonly string[],
  timeoutMs = 15_000,
): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await admin.connect();
        await admin.listTopics();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(`Kafka broker ${brokers.join(',')} did not answer within ${timeoutMs} ms`),
            ),
          timeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(() => undefined);
  }
}

export interface TestTopics {
  readonly decisionsTopic: string;
  readonly deadLetterTopic: string;
  readonly alertsTopic: string;
  readonly groupId: string;
}

/** Fresh names per test, so tests never see each other's messages or offsets. */
export function uniqueTopics(label: string): TestTopics {
  const id = `${label}-${randomUUID().slice(0, 8)}`;
  return {
    decisionsTopic: `test.${id}.decisions`,
    deadLetterTopic: `test.${id}.decisions.dlq`,
    alertsTopic: `test.${id}.alerts`,
    groupId: `test.${id}`,
  };
}

export function kafkaServiceEnv(brokers: readonly string[], topics: TestTopics): ServiceEnv {
  return {
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_DECISIONS_TOPIC: topics.decisionsTopic,
    KAFKA_ALERTS_TOPIC: topics.alertsTopic,
    KAFKA_GROUP_ID: topics.groupId,
  };
}

/** Removes a test's topics (those that exist), so runs leave nothing behind on a shared broker. */
export async function deleteTopics(brokers: readonly string[], topics: TestTopics): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const ours = [topics.decisionsTopic, topics.deadLetterTopic, topics.alertsTopic].filter((t) =>
      existing.has(t),
    );
    if (ours.length > 0) await admin.deleteTopics({ topics: ours });
  } finally {
    await admin.disconnect();
  }
}

export async function createTopic(
  brokers: readonly string[],
  topic: string,
  numPartitions: number,
): Promise<void> {
  const admin = kafkaClient(brokers).admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: string | null;
  readonly headers?: IHeaders;
}

/** A message of kafka.md: key `{boardId}:{externalId}`, a JSON value, a `message-id` when given. */
export function decisionMessage(
  value: Record<string, unknown>,
  messageId?: string,
): OutgoingMessage {
  const externalId = typeof value.externalId === 'string' ? value.externalId : '';
  return {
    key: `${String(value.boardId)}:${externalId}`,
    value: JSON.stringify(value),
    headers: messageId === undefined ? undefined : { 'message-id': messageId },
  };
}

/** Produces in order (per key, as Kafka keeps it), acknowledged by all replicas. */
export async function produce(
  brokers: readonly string[],
  topic: string,
  messages: readonly OutgoingMessage[],
): Promise<void> {
  const producer = kafkaClient(brokers).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  try {
    for (let from = 0; from < messages.length; from += 1000) {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.slice(from, from + 1000).map((m) => ({ ...m })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

/** How many messages the topic holds (0 when it does not exist). */
export async function messageCount(brokers: readonly string[], topic: string): Promise<number> {
  const admin = kafkaClient(brokers).admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return 0;
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

export interface ReadMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

/** Every message on the topic now, read with a group of its own up to the end offsets taken at the call. */
export async function readTopic(
  brokers: readonly string[],
  topic: string,
  timeoutMs = 30_000,
): Promise<ReadMessage[]> {
  const kafka = kafkaClient(brokers);
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    const offsets = await admin.fetchTopicOffsets(topic);
    ends = new Map(
      offsets
        .filter((p) => BigInt(p.high) > BigInt(p.low))
        .map((p) => [p.partition, BigInt(p.high)]),
    );
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return [];
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const read: ReadMessage[] = [];
  const reached = new Set<number>();
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`reading ${topic} took over ${timeoutMs} ms (${read.length} read)`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const end = ends.get(partition);
          if (end === undefined || BigInt(message.offset) >= end) return;
          read.push({
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers: Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]),
            ),
          });
          if (BigInt(message.offset) + 1n >= end) reached.add(partition);
          if (reached.size === ends.size) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return read.sort(
    (a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)),
  );
}
