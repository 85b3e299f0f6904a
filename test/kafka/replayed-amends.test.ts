import { paths } from '../api/scenario.fixture';
import {
  adminApi,
  decisionsOf,
  givenBoard,
  SOURCE_SYSTEM,
  useKafkaScenario,
  waitForCaughtUp,
  waitForHealth,
} from './support/kafka-service.fixture';
import { decisionMessage, kafkaClient, produce } from './support/kafka-test-kit';

const BOARD = 'ifon';

jest.setTimeout(180_000);

const amend = (externalId: string, changes: object) =>
  decisionMessage({
    type: 'DecisionAmended',
    boardId: BOARD,
    sourceSystem: SOURCE_SYSTEM,
    externalId,
    changes,
    reason: 'rättelse',
  });

/**
 * A crash before the commit, a rebalance, or an operator rewinding the group
 * replays messages that were already applied. Amendments are not idempotent
 * by content, so a replay must never undo what a later message did, even a
 * replayed amendment that changed nothing the first time and left no event.
 */
describe('amendments replayed from the start of the topic', () => {
  const kafka = useKafkaScenario('replay', 1);

  it('given a record, an amend, the same amend again and a later amend, when the whole topic is consumed again, then the decision ends as the last message left it and no event is repeated', async () => {
    const service = await kafka.start();
    await givenBoard(service, BOARD);
    await produce(kafka.brokers, kafka.topics.decisionsTopic, [
      decisionMessage({
        type: 'DecisionRecorded',
        boardId: BOARD,
        sourceSystem: SOURCE_SYSTEM,
        externalId: 'r-1',
        itemCode: '3.7.2',
        decidedAt: '2023-04-03',
        decidedBy: { name: 'Anna', role: 'socialsekreterare' },
      }),
      amend('r-1', { summary: 'first' }),
      amend('r-1', { summary: 'first' }),
      amend('r-1', { summary: 'second' }),
    ]);
    await waitForCaughtUp(service, 4);
    const [before] = await decisionsOf(service, BOARD);
    expect(before.summary).toBe('second');
    const historyOf = async () =>
      (
        (await adminApi(service).get(paths.history(BOARD, before.decisionId))).body.events as {
          type: string;
        }[]
      ).map((e) => e.type);
    expect(await historyOf()).toEqual(['DecisionRecorded', 'DecisionAmended', 'DecisionAmended']);

    await service.stop();
    const admin = kafkaClient(kafka.brokers).admin();
    await admin.connect();
    try {
      await admin.resetOffsets({
        groupId: kafka.topics.groupId,
        topic: kafka.topics.decisionsTopic,
        earliest: true,
      });
    } finally {
      await admin.disconnect();
    }
    await service.restart();
    await waitForHealth(service, 'all four messages consumed again', (h) => {
      const c = h.consumer.counts;
      return c.created + c.changed + c.unchanged + c.duplicate + c.deadLettered >= 4;
    });
    await waitForCaughtUp(service, 4);

    const [after] = await decisionsOf(service, BOARD);
    expect(after.summary).toBe('second');
    expect(await historyOf()).toEqual(['DecisionRecorded', 'DecisionAmended', 'DecisionAmended']);
  });
});
