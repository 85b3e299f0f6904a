import {
  decisionsOf,
  givenBoard,
  kafkaHealth,
  recordedEventsPerDecision,
  recordedMessage,
  waitForCaughtUp,
  waitForHealth,
  useKafkaScenario,
} from './support/kafka-service.fixture';
import { decisionMessage, messageCount, produce } from './support/kafka-test-kit';

const BOARD = 'ifon';
const DECISIONS = 6000;

jest.setTimeout(240_000);

describe('the service killed in the middle of a batch', () => {
  const kafka = useKafkaScenario('sigkill', 3);

  it(`given ${DECISIONS} decisions being consumed, when the service is killed with SIGKILL and started again on the same DATA_DIR, then every decision is recorded exactly once`, async () => {
    // the board first, with Kafka pointed at an empty topic, so the burst starts only once it can succeed
    const service = await kafka.start();
    await givenBoard(service, BOARD);
    const messages = Array.from({ length: DECISIONS }, (_, n) =>
      decisionMessage(recordedMessage(BOARD, `kill-${n}`)),
    );
    await produce(kafka.brokers, kafka.topics.decisionsTopic, messages);

    const atKill = await waitForHealth(
      service,
      'the consumer to be part-way through the burst',
      (h) => h.consumer.counts.created >= DECISIONS / 6,
      120_000,
    );
    await service.kill9();
    expect(service.child.signalCode).toBe('SIGKILL');
    const createdBeforeKill = atKill.consumer.counts.created;
    expect(createdBeforeKill).toBeLessThan(DECISIONS);

    await service.restart();
    const afterRestart = await waitForCaughtUp(service, DECISIONS, 180_000);
    console.log(
      `sigkill: killed after ≥${createdBeforeKill} recorded; after the restart ${afterRestart.consumer.counts.created} created, ` +
        `${afterRestart.consumer.counts.unchanged} replayed as unchanged`,
    );

    const decisions = await decisionsOf(service, BOARD);
    expect(decisions).toHaveLength(DECISIONS);
    expect(new Set(decisions.map((d) => d.externalId)).size).toBe(DECISIONS);
    const recorded = await recordedEventsPerDecision(service, BOARD);
    expect(recorded.size).toBe(DECISIONS);
    expect([...recorded.values()].filter((count) => count !== 1)).toEqual([]);
    // the restarted process saw the rest, and at most a replay of what was not yet committed
    expect(afterRestart.consumer.counts.created).toBeGreaterThan(0);
    expect(
      afterRestart.consumer.counts.created + afterRestart.consumer.counts.unchanged,
    ).toBeLessThanOrEqual(DECISIONS);
    expect(await messageCount(kafka.brokers, kafka.topics.deadLetterTopic)).toBe(0);
    expect((await kafkaHealth(service)).consumer.counts.deadLettered).toBe(0);
  });
});
