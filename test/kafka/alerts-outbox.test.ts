import { paths } from '../api/scenario.fixture';
import {
  adminApi,
  decisionsOf,
  givenBoard,
  type KafkaHealthReport,
  recordedMessage,
  SOURCE_SYSTEM,
  waitForCaughtUp,
  waitForHealth,
  useKafkaScenario,
} from './support/kafka-service.fixture';
import { decisionMessage, produce, readTopic } from './support/kafka-test-kit';

const BOARD = 'ifon';

jest.setTimeout(180_000);

const allSent = (h: KafkaHealthReport) => h.alerts.unsent === 0;

describe('alerts through the outbox', () => {
  const kafka = useKafkaScenario('alerts', 1);

  it('given flagged, overdue and reported decisions, when the service restarts (SIGTERM, then SIGKILL), then each alert is published exactly once, keyed by board, with a stable alert-id', async () => {
    const service = await kafka.start();
    // IFON's 2023 meetings are all in the past: a decision due at one of them is overdue today
    await givenBoard(service, BOARD, { meetings: true });
    const amend = (externalId: string, changes: object) =>
      decisionMessage({
        type: 'DecisionAmended',
        boardId: BOARD,
        sourceSystem: SOURCE_SYSTEM,
        externalId,
        changes,
        reason: 'rättelse',
      });
    const messages = [
      decisionMessage(recordedMessage(BOARD, 'plain')),
      decisionMessage(recordedMessage(BOARD, 'unknown-item', { itemCode: '9.9.9' })),
      decisionMessage(recordedMessage(BOARD, 'over-limit', { amount: 50_000 })),
      amend('over-limit', { amount: 5_000 }),
      amend('over-limit', { decidedBy: { name: 'Vera Vaktmästare', role: 'vaktmastare' } }),
      decisionMessage(
        recordedMessage(BOARD, 'in-committee', {
          itemCode: '5.1.1',
          decidedAt: '2023-05-12',
          decidedBy: { name: 'Ordförande', role: 'ordforande' },
        }),
      ),
    ];
    await produce(kafka.brokers, kafka.topics.decisionsTopic, messages);
    await waitForCaughtUp(service, messages.length);
    const ids = new Map(
      (await decisionsOf(service, BOARD)).map((d) => [
        d.externalId as string,
        d.decisionId as string,
      ]),
    );
    const reported = await adminApi(service).post(paths.reports(BOARD, 'ifon-2023-05-23'), {
      decisionIds: [ids.get('in-committee')],
    });
    expect(reported.status).toBe(200);
    await waitForHealth(
      service,
      'flagged and completed alerts to be published',
      (h) => allSent(h) && h.alerts.published >= 4,
    );

    // the overdue check runs at every start, after the read side has caught up with the log
    await service.restart();
    await waitForHealth(
      service,
      'the overdue check at start and its alerts published',
      (h) => allSent(h) && h.alerts.overdueCheck.lastCheck !== null,
    );
    await service.kill9();
    await service.restart();
    const last = await waitForHealth(
      service,
      'the overdue check after SIGKILL',
      (h) => allSent(h) && h.alerts.overdueCheck.lastCheck !== null,
    );
    expect(last.alerts.overdueCheck.lastCheck!.newAlerts).toBe(0);
    expect(last.alerts.published).toBe(0);

    const history = async (externalId: string) =>
      (await adminApi(service).get(paths.history(BOARD, ids.get(externalId)!))).body.events as {
        type: string;
        position: number;
      }[];
    const [overLimitRecorded, , secondAmend] = await history('over-limit');
    const [unknownRecorded] = await history('unknown-item');
    const completingReport = (await history('in-committee')).find(
      (e) => e.type === 'DecisionsReported',
    )!;
    const overdue = (externalId: string) => ({
      id: `overdue:${ids.get(externalId)}:su-2023-04-13`,
      alert: {
        type: 'DecisionOverdue',
        boardId: BOARD,
        decisionId: ids.get(externalId),
        externalId,
        bodyId: 'socialt-utskott',
        dueMeetingId: 'su-2023-04-13',
        dueDate: '2023-04-13',
      },
    });
    const flagged = (externalId: string, position: number, flags: string[]) => ({
      id: `flagged:${ids.get(externalId)}:${position}`,
      alert: {
        type: 'DecisionFlagged',
        boardId: BOARD,
        decisionId: ids.get(externalId),
        externalId,
        flags,
      },
    });
    const expected = [
      flagged('unknown-item', unknownRecorded.position, ['UNKNOWN_ITEM']),
      flagged('over-limit', overLimitRecorded.position, ['AMOUNT_OVER_LIMIT']),
      flagged('over-limit', secondAmend.position, ['UNAUTHORIZED_DELEGATE']),
      {
        // one per completing event: the report's position
        id: `completed:${ids.get('in-committee')}:${completingReport.position}`,
        alert: {
          type: 'DecisionReportingCompleted',
          boardId: BOARD,
          decisionId: ids.get('in-committee'),
          externalId: 'in-committee',
        },
      },
      overdue('plain'),
      overdue('unknown-item'),
      overdue('over-limit'),
    ];

    const published = await readTopic(kafka.brokers, kafka.topics.alertsTopic);
    expect(published.map((m) => m.headers['alert-id']).sort()).toEqual(
      expected.map((e) => e.id).sort(),
    );
    for (const message of published) {
      const { alert } = expected.find((e) => e.id === message.headers['alert-id'])!;
      expect(message.key).toBe(BOARD);
      expect(JSON.parse(message.value!)).toEqual(alert);
    }
    // the outbox keeps the order of causes: flags and completion before the overdue found at the next start
    const order = published.map((m) => m.headers['alert-id'].split(':')[0]);
    expect(order.slice(4)).toEqual(['overdue', 'overdue', 'overdue']);
  });
});
