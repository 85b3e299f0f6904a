/**
 * The real service (compiled, in its own process) with Kafka on, and the
 * givens and reads the Kafka tests share, through the HTTP API.
 */
import {
  aDecision,
  IFON_BODIES,
  MEETINGS,
  paths,
  VERSION_2022,
  VERSION_2023,
} from '../../api/scenario.fixture';
import { type Api, api, type Json, type RunningService, startService } from '../../support/service';
import { waitFor } from '../../support/wait-for';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTopic,
  deleteTopics,
  expectBrokerReachable,
  kafkaServiceEnv,
  testBrokers,
  type TestTopics,
  uniqueTopics,
} from './kafka-test-kit';

export const SOURCE_SYSTEM = 'viva-ifo';
const ADMIN = {
  token: 'kafka-tests-admin-token-01',
  name: 'drift',
  roles: ['admin'],
  boards: ['*'],
};

export async function startKafkaService(options: {
  readonly dataDir: string;
  readonly brokers: readonly string[];
  readonly topics: TestTopics;
}): Promise<RunningService> {
  return startService({
    dataDir: options.dataDir,
    env: {
      API_TOKENS: JSON.stringify([ADMIN]),
      ...kafkaServiceEnv(options.brokers, options.topics),
    },
  });
}

export const adminApi = (service: RunningService): Api => api(service.baseUrl, ADMIN.token);

/** Given IFON's bodies and delegation order; its 2023 meetings only when asked (they make decisions overdue). */
export async function givenBoard(
  service: RunningService,
  boardId: string,
  options: { meetings?: boolean } = {},
): Promise<void> {
  const admin = adminApi(service);
  await must(
    admin.put(paths.board(boardId), {
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: IFON_BODIES,
    }),
    201,
  );
  for (const version of [VERSION_2022, VERSION_2023])
    await must(admin.post(paths.versions(boardId), version), 201);
  for (const meeting of options.meetings ? MEETINGS : [])
    await must(admin.post(paths.meetings(boardId), meeting), 201);
}

async function must(
  request: Promise<{ status: number; body: Json }>,
  status: number,
): Promise<Json> {
  const response = await request;
  if (response.status !== status)
    throw new Error(`given step failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A DecisionRecorded message of kafka.md: the fields of POST /decisions plus type, boardId and sourceSystem. */
export function recordedMessage(
  boardId: string,
  externalId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'DecisionRecorded',
    boardId,
    sourceSystem: SOURCE_SYSTEM,
    ...aDecision(externalId, overrides),
  };
}

export interface KafkaHealthReport {
  readonly consumer: {
    readonly state: string;
    readonly counts: Record<string, number>;
    readonly retrying: Record<string, { offset: string; attempts: number }>;
    readonly lastError: { kind: string; message: string; code?: string } | null;
    readonly lag: { total: number; partitions: { end: string; lag: number }[] } | { error: string };
  };
  readonly alerts: {
    readonly unsent: number;
    readonly published: number;
    readonly overdueCheck: { lastCheck: { at: string; newAlerts: number } | null };
  };
}

export async function kafkaHealth(service: RunningService): Promise<KafkaHealthReport> {
  const response = await fetch(`${service.baseUrl}/health`);
  const body = (await response.json()) as { kafka?: KafkaHealthReport };
  if (!body.kafka) throw new Error(`/health has no kafka part: ${JSON.stringify(body)}`);
  return body.kafka;
}

export function waitForHealth(
  service: RunningService,
  what: string,
  accept: (health: KafkaHealthReport) => boolean,
  timeoutMs = 60_000,
): Promise<KafkaHealthReport> {
  return waitFor(
    async () => {
      const health = await kafkaHealth(service);
      return accept(health) ? health : undefined;
    },
    what,
    timeoutMs,
    100,
  );
}

/** Waits until the group has committed every message on the topic, `messages` of them in all. */
export function waitForCaughtUp(
  service: RunningService,
  messages: number,
  timeoutMs = 120_000,
): Promise<KafkaHealthReport> {
  return waitForHealth(
    service,
    `the consumer to commit all ${messages} messages`,
    ({ consumer: { lag } }) =>
      'total' in lag &&
      lag.total === 0 &&
      lag.partitions.reduce((sum, p) => sum + Number(p.end), 0) === messages,
    timeoutMs,
  );
}

/** Every decision of the board through GET /decisions, a page at a time. */
export async function decisionsOf(service: RunningService, boardId: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | undefined;
  do {
    const page = await must(
      adminApi(service).get(paths.decisions(boardId), { limit: 1000, cursor }),
      200,
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** How many DecisionRecorded events each decision has in the log, through the audit API. */
export async function recordedEventsPerDecision(
  service: RunningService,
  boardId: string,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let fromPosition = 0;
  for (;;) {
    const page = await must(
      adminApi(service).get(paths.audit, { boardId, fromPosition, limit: 1000 }),
      200,
    );
    for (const event of page.events as { type: string; data: { decisionId: string } }[]) {
      if (event.type === 'DecisionRecorded')
        counts.set(event.data.decisionId, (counts.get(event.data.decisionId) ?? 0) + 1);
    }
    if (page.events.length === 0) return counts;
    fromPosition = page.nextPosition;
  }
}

/** Waits until GET /decisions lists `count` decisions of the board. */
export function waitForDecisionCount(
  service: RunningService,
  boardId: string,
  count: number,
  timeoutMs = 120_000,
): Promise<Json[]> {
  return waitFor(
    async () => {
      const items = await decisionsOf(service, boardId);
      if (items.length > count)
        throw new Error(`more decisions than sent: ${items.length} > ${count}`);
      return items.length === count ? items : undefined;
    },
    `${count} decisions of ${boardId}`,
    timeoutMs,
    250,
  );
}

export interface KafkaScenario {
  readonly brokers: readonly string[];
  readonly topics: TestTopics;
  readonly dataDir: string;
  /** the service started last (a restart replaces it) */
  readonly service: RunningService;
  /** Starts the service on this scenario's DATA_DIR with Kafka on its topics. */
  start(): Promise<RunningService>;
}

/**
 * One Kafka scenario per test file: the broker must be reachable (the test
 * fails, never skips), topics of its own, a DATA_DIR, and whatever service it
 * started stopped in afterAll, topics deleted and DATA_DIR removed.
 */
export function useKafkaScenario(label: string, partitions: number): KafkaScenario {
  const brokers = testBrokers();
  const topics = uniqueTopics(label);
  let dataDir: string | undefined;
  let service: RunningService | undefined;
  const scenario: KafkaScenario = {
    brokers,
    topics,
    get dataDir() {
      if (!dataDir) throw new Error('no DATA_DIR yet (see beforeAll)');
      return dataDir;
    },
    get service() {
      if (!service) throw new Error('the service was not started');
      return service;
    },
    async start() {
      service = await startKafkaService({ dataDir: scenario.dataDir, brokers, topics });
      return service;
    },
  };
  beforeAll(async () => {
    await expectBrokerReachable(brokers);
    dataDir = mkdtempSync(join(tmpdir(), `kafka-${label}-`));
    await createTopic(brokers, topics.decisionsTopic, partitions);
  });
  afterAll(async () => {
    try {
      await service?.stop();
    } finally {
      await deleteTopics(brokers, topics).catch(() => undefined);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
  return scenario;
}
