import { paths } from '../api/scenario.fixture';
import {
  adminApi,
  decisionsOf,
  givenBoard,
  kafkaHealth,
  recordedEventsPerDecision,
  recordedMessage,
  SOURCE_SYSTEM,
  waitForCaughtUp,
  useKafkaScenario,
} from './support/kafka-service.fixture';
import {
  decisionMessage,
  messageCount,
  type OutgoingMessage,
  produce,
} from './support/kafka-test-kit';

const BOARD = 'ifon';
const DECISIONS = 3000;
const RESENT_WITH_MESSAGE_ID = 150;
const RESENT_WITHOUT_MESSAGE_ID = 150;
const AMENDED = 100;
const ANNULLED = 50;

jest.setTimeout(180_000);

describe('a burst of decisions over Kafka', () => {
  const kafka = useKafkaScenario('burst', 3);

  beforeAll(async () => {
    await givenBoard(await kafka.start(), BOARD);
  });

  it(`given ${DECISIONS} decisions with ${RESENT_WITH_MESSAGE_ID + RESENT_WITHOUT_MESSAGE_ID} sent twice and amends and annuls sent twice, when they are consumed, then each decision is recorded once, each change applied once, and nothing is dead-lettered`, async () => {
    const externalId = (n: number) => `burst-${n}`;
    const messages: OutgoingMessage[] = [];
    for (let n = 0; n < DECISIONS; n++) {
      messages.push(
        decisionMessage(
          recordedMessage(BOARD, externalId(n), { summary: `beslut ${n}` }),
          n < RESENT_WITH_MESSAGE_ID ? `record-${n}` : undefined,
        ),
      );
    }
    // the re-sends: a publisher retry (same message-id) and a re-export (no message-id)
    for (let n = 0; n < RESENT_WITH_MESSAGE_ID; n++) {
      messages.push(
        decisionMessage(
          recordedMessage(BOARD, externalId(n), { summary: `beslut ${n}` }),
          `record-${n}`,
        ),
      );
    }
    for (let n = 1000; n < 1000 + RESENT_WITHOUT_MESSAGE_ID; n++) {
      messages.push(
        decisionMessage(recordedMessage(BOARD, externalId(n), { summary: `beslut ${n}` })),
      );
    }
    for (let n = 2000; n < 2000 + AMENDED; n++) {
      const amend = {
        type: 'DecisionAmended',
        boardId: BOARD,
        sourceSystem: SOURCE_SYSTEM,
        externalId: externalId(n),
        changes: { summary: `rättat ${n}` },
        reason: 'fel sammanfattning',
      };
      messages.push(decisionMessage(amend, `amend-${n}`), decisionMessage(amend, `amend-${n}`));
    }
    for (let n = 2500; n < 2500 + ANNULLED; n++) {
      const annul = {
        type: 'DecisionAnnulled',
        boardId: BOARD,
        sourceSystem: SOURCE_SYSTEM,
        externalId: externalId(n),
        reason: 'registrerat av misstag',
      };
      messages.push(decisionMessage(annul), decisionMessage(annul));
    }

    const started = Date.now();
    await produce(kafka.brokers, kafka.topics.decisionsTopic, messages);
    const health = await waitForCaughtUp(kafka.service, messages.length);
    const seconds = (Date.now() - started) / 1000;
    console.log(`burst: ${messages.length} messages consumed in ${seconds.toFixed(1)} s`);

    const decisions = await decisionsOf(kafka.service, BOARD);
    expect(decisions).toHaveLength(DECISIONS);
    expect(new Set(decisions.map((d) => d.externalId)).size).toBe(DECISIONS);
    const recorded = await recordedEventsPerDecision(kafka.service, BOARD);
    expect(recorded.size).toBe(DECISIONS);
    expect([...recorded.values()].every((count) => count === 1)).toBe(true);

    const byExternalId = new Map(decisions.map((d) => [d.externalId, d]));
    for (let n = 2000; n < 2000 + AMENDED; n++)
      expect(byExternalId.get(externalId(n))!.summary).toBe(`rättat ${n}`);
    for (let n = 2500; n < 2500 + ANNULLED; n++)
      expect(byExternalId.get(externalId(n))!.status).toBe('annulled');
    const history = await adminApi(kafka.service).get(
      paths.history(BOARD, byExternalId.get(externalId(2000))!.decisionId),
    );
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'DecisionRecorded',
      'DecisionAmended',
    ]);

    expect(health.consumer.counts).toMatchObject({ created: DECISIONS, deadLettered: 0 });
    expect(health.consumer.counts.duplicate).toBeGreaterThanOrEqual(AMENDED);
    expect(health.consumer.lastError).toBeNull();
    expect(await messageCount(kafka.brokers, kafka.topics.deadLetterTopic)).toBe(0);
    expect((await kafkaHealth(kafka.service)).consumer.state).toBe('running');
  });
});
