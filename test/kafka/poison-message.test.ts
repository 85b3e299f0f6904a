import {
  decisionsOf,
  givenBoard,
  recordedMessage,
  SOURCE_SYSTEM,
  waitForCaughtUp,
  useKafkaScenario,
} from './support/kafka-service.fixture';
import {
  decisionMessage,
  type OutgoingMessage,
  produce,
  readTopic,
} from './support/kafka-test-kit';

const BOARD = 'ifon';

jest.setTimeout(120_000);

describe('a message that can never succeed', () => {
  // one partition: the poison messages sit between the good ones in one order
  const kafka = useKafkaScenario('poison', 1);

  beforeAll(async () => {
    await givenBoard(await kafka.start(), BOARD);
  });

  it('given poison messages among good ones, when they are consumed, then each poison message is in the DLQ with the headers of kafka.md and every good one, before and after, is recorded', async () => {
    const good = (n: number) => decisionMessage(recordedMessage(BOARD, `good-${n}`));
    const poison: { message: OutgoingMessage; code: string }[] = [
      {
        code: 'NOT_JSON',
        message: {
          key: `${BOARD}:broken`,
          value: '{"type":"DecisionRecorded",',
          headers: { 'message-id': 'm-broken', trace: 't-1' },
        },
      },
      {
        code: 'UNKNOWN_TYPE',
        message: decisionMessage({ ...recordedMessage(BOARD, 'odd'), type: 'DecisionTeleported' }),
      },
      {
        code: 'VALIDATION_FAILED',
        message: decisionMessage(recordedMessage(BOARD, 'bad-date', { decidedAt: '2023-02-30' })),
      },
      {
        code: 'VALIDATION_FAILED',
        message: decisionMessage({ ...recordedMessage(BOARD, 'extra'), colour: 'blue' }),
      },
      {
        code: 'BOARD_NOT_FOUND',
        message: decisionMessage(recordedMessage('no-such-board', 'lost')),
      },
      {
        code: 'DECISION_NOT_FOUND',
        message: decisionMessage({
          type: 'DecisionAnnulled',
          boardId: BOARD,
          sourceSystem: SOURCE_SYSTEM,
          externalId: 'never-sent',
          reason: 'fel',
        }),
      },
      { code: 'NOT_JSON', message: { key: `${BOARD}:empty`, value: null } },
    ];
    const messages: OutgoingMessage[] = [];
    let n = 0;
    for (const { message } of poison) messages.push(good(n++), good(n++), message);
    for (let i = 0; i < 20; i++) messages.push(good(n++));
    await produce(kafka.brokers, kafka.topics.decisionsTopic, messages);

    const health = await waitForCaughtUp(kafka.service, messages.length);

    const decisions = await decisionsOf(kafka.service, BOARD);
    expect(decisions.map((d) => d.externalId).sort()).toEqual(
      Array.from({ length: n }, (_, i) => `good-${i}`).sort(),
    );
    // messages of different keys run concurrently, so the DLQ holds them in completion order: match them by offset
    const dlq = await readTopic(kafka.brokers, kafka.topics.deadLetterTopic);
    expect(dlq).toHaveLength(poison.length);
    const byOffset = new Map(dlq.map((entry) => [entry.headers['original-offset'], entry]));
    for (const { message: original, code } of poison) {
      const entry = byOffset.get(String(messages.indexOf(original)));
      expect(entry).toBeDefined();
      expect(entry!.key).toBe(original.key);
      expect(entry!.value).toBe(original.value);
      expect(entry!.headers).toMatchObject({
        'error-code': code,
        'error-message': expect.stringMatching(/.+/),
        'original-topic': kafka.topics.decisionsTopic,
        'original-partition': '0',
      });
    }
    const broken = byOffset.get(String(messages.indexOf(poison[0].message)))!;
    expect(broken.headers).toMatchObject({ 'message-id': 'm-broken', trace: 't-1' });
    expect(health.consumer.counts).toMatchObject({ created: n, deadLettered: poison.length });
    expect(health.consumer.lastError).toMatchObject({ kind: 'permanent' });
  });
});
