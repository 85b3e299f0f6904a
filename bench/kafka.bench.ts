import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Message, Partitioners } from 'kafkajs';
import { BOARD, benchDecision, defineBenchBoard } from './bench-board';
import { figure, timed } from './bench-output';
import { client, startServiceProcess } from './service-process';

const DECISIONS = Number(process.env.BENCH_KAFKA_DECISIONS ?? 20_000);
const PARTITIONS = Number(process.env.BENCH_KAFKA_PARTITIONS ?? 3);
const TOKEN = 'bench-kafka-admin-token-0123';
const ROOT = join(__dirname, '..', '..');

interface Health {
  readonly eventStore: { readonly headPosition: number };
  readonly projections: { readonly positions: Record<string, number> };
  readonly kafka: {
    readonly consumer: { readonly state: string; readonly counts: Record<string, number> };
  };
}

/** The broker of KAFKA_BROKERS (or KAFKA_TEST_BROKERS), else the local one, stopped after if started here. */
function broker(): { brokers: string[]; stop: () => void } {
  const given = process.env.KAFKA_BROKERS || process.env.KAFKA_TEST_BROKERS;
  if (given) return { brokers: given.split(','), stop: () => undefined };
  const script = (name: string) => join(ROOT, 'infra', 'kafka', name);
  const started = spawnSync(script('start-local.sh'), { encoding: 'utf8' });
  if (started.status !== 0)
    throw new Error(`kafka bench: infra/kafka/start-local.sh failed:\n${started.stderr}`);
  const address = started.stdout.trim().split('\n').pop()!;
  // start-local.sh reuses a running broker; only one it started is stopped again
  const reused = /reusing/.test(started.stderr);
  return {
    brokers: [address],
    stop: () => (reused ? undefined : execFileSync(script('stop-local.sh'), { stdio: 'ignore' })),
  };
}

/** The decisions of the HTTP batch figure (bench/http.bench.ts), as kafka.md's DecisionRecorded messages. */
function message(n: number): Message {
  const decision = benchDecision(n, 'kafka');
  const value = { type: 'DecisionRecorded', boardId: BOARD, sourceSystem: 'viva-ifo', ...decision };
  return { key: `${BOARD}:${decision.externalId}`, value: JSON.stringify(value) };
}

async function health(baseUrl: string): Promise<Health> {
  return (await (await fetch(`${baseUrl}/health`)).json()) as Health;
}

async function until(
  baseUrl: string,
  ready: (h: Health) => boolean,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready(await health(baseUrl))) {
    if (Date.now() > deadline) throw new Error(`kafka bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function setUpBoard(baseUrl: string): Promise<void> {
  await defineBenchBoard(client(baseUrl, TOKEN));
}

const allOnReadSide = (before: number, decisions: number) => (h: Health) =>
  h.eventStore.headPosition >= before + decisions &&
  Object.values(h.projections.positions).every((p) => p >= h.eventStore.headPosition);

/**
 * Decisions per second from the topic to the read side, through the service
 * as `npm start` runs it. Two figures:
 * - `kafka.decisions-topic-to-read-side`: the topic already holds the burst
 *   (a backlog, as after an outage); the clock starts when the consumer has
 *   joined its group and stops when every decision is in the event store and
 *   every projection has applied it. Compare with http.decisions-batch.
 * - `…with-producer`: a second burst published while the service consumes it,
 *   producer, broker and service sharing the machine.
 */
export async function benchKafka(): Promise<void> {
  const { brokers, stop } = broker();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  const id = randomUUID().slice(0, 8);
  const topic = `bench.${id}.decisions`;
  const env = {
    DATA_DIR: dataDir,
    API_TOKENS: JSON.stringify([{ token: TOKEN, name: 'drift', roles: ['admin'], boards: ['*'] }]),
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_DECISIONS_TOPIC: topic,
    KAFKA_ALERTS_TOPIC: `bench.${id}.alerts`,
    KAFKA_GROUP_ID: `bench.${id}`,
  };
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  const publish = async (from: number) => {
    for (let n = from; n < from + DECISIONS; n += 2000) {
      const count = Math.min(2000, from + DECISIONS - n);
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: count }, (_, i) => message(n + i)),
      });
    }
  };
  let service: Awaited<ReturnType<typeof startServiceProcess>> | undefined;
  try {
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS }],
      waitForLeaders: true,
    });
    await producer.connect();
    // the board first, with Kafka off, so that no decision arrives before its board
    service = await startServiceProcess({ ...env, KAFKA_BROKERS: '' });
    await setUpBoard(service.baseUrl);
    const before = (await health(service.baseUrl)).eventStore.headPosition;
    await service.stop();
    await publish(0);

    service = await startServiceProcess(env);
    await until(
      service.baseUrl,
      (h) => h.kafka.consumer.state === 'running',
      'the consumer to join',
      60_000,
    );
    // the consumer may have started on the backlog before /health showed it
    // running: only what is consumed inside the measured window counts
    const atJoin = (await health(service.baseUrl)).kafka.consumer.counts.created ?? 0;
    const backlog = await timed(() =>
      until(
        service!.baseUrl,
        allOnReadSide(before, DECISIONS),
        'the backlog on the read side',
        600_000,
      ),
    );
    const measured = DECISIONS - atJoin;
    figure('kafka.decisions-topic-to-read-side', measured / backlog.seconds, 'decisions/s', {
      decisions: measured,
      partitions: PARTITIONS,
      note: 'a backlog on the topic; from the group join until every projection has applied every decision',
      ...(measured < DECISIONS / 2 && {
        warning:
          'most of the backlog was consumed before the window opened: raise BENCH_KAFKA_DECISIONS',
      }),
    });

    const live = await timed(async () => {
      await publish(DECISIONS);
      await until(
        service!.baseUrl,
        allOnReadSide(before, 2 * DECISIONS),
        'the live burst on the read side',
        600_000,
      );
    });
    figure(
      'kafka.decisions-topic-to-read-side.with-producer',
      DECISIONS / live.seconds,
      'decisions/s',
      {
        decisions: DECISIONS,
        partitions: PARTITIONS,
        note: 'published while consumed; from the first send until every projection has applied every decision',
      },
    );
    const counts = (await health(service.baseUrl)).kafka.consumer.counts;
    if (counts.created !== 2 * DECISIONS)
      throw new Error(`kafka bench: ${counts.created} of ${2 * DECISIONS} decisions created`);
  } finally {
    await producer.disconnect();
    await service?.stop();
    await admin
      .deleteTopics({ topics: [topic, `${topic}.dlq`, `bench.${id}.alerts`] })
      .catch(() => undefined);
    await admin.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
    stop();
  }
}
