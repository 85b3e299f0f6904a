import Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  decisionsOf,
  givenBoard,
  recordedMessage,
  waitForCaughtUp,
  waitForHealth,
  useKafkaScenario,
} from './support/kafka-service.fixture';
import { decisionMessage, messageCount, produce } from './support/kafka-test-kit';

const BOARD = 'ifon';
const DECISIONS = 200;

jest.setTimeout(180_000);

/**
 * The outage is real, not injected: another connection holds SQLite's write
 * lock on the service's events.sqlite (BEGIN EXCLUSIVE), as another process
 * stuck in a write would. Every append then fails after the store's busy
 * timeout with EventStoreUnavailableError, until the lock is released.
 */
describe('the event store unavailable while messages arrive', () => {
  const kafka = useKafkaScenario('outage', 2);

  let lock: Database.Database | undefined;

  beforeAll(async () => {
    await givenBoard(await kafka.start(), BOARD);
    await waitForHealth(
      kafka.service,
      'the consumer to join its group',
      (h) => h.consumer.state === 'running',
    );
  });

  afterAll(() => {
    if (lock?.open) lock.close();
  });

  it('given the store locked, when decisions arrive, then they are retried with back-off, none is committed or dead-lettered, and all are recorded once the store is back', async () => {
    lock = new Database(join(kafka.dataDir, 'events.sqlite'));
    lock.pragma('busy_timeout = 10000');
    lock.exec('BEGIN EXCLUSIVE');

    await produce(
      kafka.brokers,
      kafka.topics.decisionsTopic,
      Array.from({ length: DECISIONS }, (_, n) =>
        decisionMessage(recordedMessage(BOARD, `outage-${n}`)),
      ),
    );

    const during = await waitForHealth(
      kafka.service,
      'the consumer to retry appends and commit nothing',
      ({ consumer }) =>
        Object.values(consumer.retrying).some((r) => r.attempts >= 2) &&
        'total' in consumer.lag &&
        consumer.lag.total === DECISIONS,
      90_000,
    );
    expect(during.consumer.lastError).toMatchObject({
      kind: 'passing',
      message: expect.stringMatching(/locked|unavailable/i),
    });
    expect(during.consumer.counts.created).toBe(0);
    expect(await messageCount(kafka.brokers, kafka.topics.deadLetterTopic)).toBe(0);

    lock.exec('ROLLBACK');
    lock.close();

    const after = await waitForCaughtUp(kafka.service, DECISIONS, 90_000);
    const decisions = await decisionsOf(kafka.service, BOARD);
    expect(decisions).toHaveLength(DECISIONS);
    expect(after.consumer.counts).toMatchObject({ created: DECISIONS, deadLettered: 0 });
    expect(after.consumer.counts.retries).toBeGreaterThanOrEqual(2);
    expect(after.consumer.retrying).toEqual({});
    expect(await messageCount(kafka.brokers, kafka.topics.deadLetterTopic)).toBe(0);
  });
});
