import Database from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '@delegationsbeslut/event-store';
import { Clock } from '../application/clock';
import { DecisionsProjection } from '../projections/decisions/decisions.projection';
import { DecisionQueries } from '../projections/decisions/decisions.queries';
import { DECISIONS_TABLES } from '../projections/decisions/decisions.schema';
import type { ProjectionRunner } from '../projections/projection-runner';
import type { AlertsPublisher } from '../kafka/alerts/alerts.publisher';
import { AlertsOutboxListener } from './alerts-outbox.listener';
import { unsentAlerts } from './alerts-outbox.schema';
import { OverdueAlertsScheduler } from '../kafka/alerts/overdue-alerts.scheduler';

/** The service's clock, stopped at one instant. */
function clockAt(instant: Date): Clock {
  const clock = new Clock();
  clock.now = () => instant;
  return clock;
}

const BOARD = 'ifon';
const ITEM = {
  code: '3.7.2',
  title: 'Bistånd',
  legalBasis: null,
  delegates: ['socialsekreterare'],
  reporting: 'report',
  route: null,
  maxAmount: 10_000,
};

const given = [
  {
    type: 'BoardDefined',
    data: {
      boardId: BOARD,
      name: 'IFON',
      bodies: [
        { bodyId: 'ifon', name: 'IFON', kind: 'board' },
        { bodyId: 'su', name: 'Socialt utskott', kind: 'committee' },
      ],
    },
  },
  {
    type: 'DelegationOrderVersionAdopted',
    data: {
      boardId: BOARD,
      versionId: 'v1',
      effectiveFrom: '2023-01-01',
      adoptedRef: null,
      defaultRoute: ['su', 'ifon'],
      items: [ITEM],
    },
  },
  {
    type: 'MeetingScheduled',
    data: {
      boardId: BOARD,
      meetingId: 'su-0413',
      bodyId: 'su',
      date: '2023-04-13',
      listCutoff: '2023-04-12',
      receivesReports: true,
    },
  },
  {
    type: 'MeetingScheduled',
    data: {
      boardId: BOARD,
      meetingId: 'ifon-0523',
      bodyId: 'ifon',
      date: '2023-05-23',
      listCutoff: '2023-05-22',
      receivesReports: true,
    },
  },
];

const recorded = (decisionId: string, fields: Record<string, unknown> = {}) => ({
  type: 'DecisionRecorded',
  data: {
    boardId: BOARD,
    decisionId,
    sourceSystem: 'viva',
    externalId: `ext-${decisionId}`,
    itemCode: '3.7.2',
    decidedAt: '2023-04-03',
    decidedBy: { name: 'Anna', role: 'socialsekreterare', id: null },
    registeredAt: '2023-04-03',
    caseRef: null,
    summary: null,
    confidential: false,
    amount: 4_500,
    urgent: false,
    ...fields,
  },
});
const amended = (decisionId: string, changes: Record<string, unknown>) => ({
  type: 'DecisionAmended',
  data: { boardId: BOARD, decisionId, changes, reason: 'rättelse' },
});
const reported = (decisionId: string, meetingId: string, bodyId: string, meetingDate: string) => ({
  type: 'DecisionsReported',
  data: { boardId: BOARD, meetingId, bodyId, meetingDate, decisionIds: [decisionId] },
});

/** The decisions projection with the outbox listener, fed as the runner feeds it: one transaction per batch. */
function readSide() {
  const db = new Database(':memory:');
  let projection = new DecisionsProjection([new AlertsOutboxListener()]);
  projection.init(db);
  const log: RecordedEvent[] = [];
  const apply = (events: readonly RecordedEvent[]) =>
    db.transaction(() => events.forEach((event) => projection.evolve(db, event)))();
  return {
    db,
    log,
    when(...events: { type: string; data: unknown }[]): number[] {
      const stored = events.map((event, i): RecordedEvent => {
        const position = log.length + i + 1;
        return {
          ...event,
          id: `e${position}`,
          streamId: 's',
          revision: 0,
          position,
          metadata: {},
          recordedAt: '2023-04-03T08:00:00.000Z',
        };
      });
      log.push(...stored);
      apply(stored);
      return stored.map((event) => event.position);
    },
    /** Drops the projection's tables (never the outbox) and replays the log, as a rebuild does. */
    rebuild(): void {
      for (const table of DECISIONS_TABLES) db.exec(`DROP TABLE ${table}`);
      projection = new DecisionsProjection([new AlertsOutboxListener()]);
      projection.init(db);
      apply(log);
    },
    alerts: () =>
      unsentAlerts(db, 1000).map((row) => ({ id: row.alert_id, ...JSON.parse(row.payload) })),
  };
}

describe('the alerts outbox', () => {
  it('given a board, when a decision breaks a rule of the order, then one DecisionFlagged names the cause and the rule flags', () => {
    const side = readSide();
    side.when(...given);
    const [position] = side.when(recorded('d1', { itemCode: '9.9.9' }));
    expect(side.alerts()).toEqual([
      {
        id: `flagged:d1:${position}`,
        type: 'DecisionFlagged',
        boardId: BOARD,
        decisionId: 'd1',
        externalId: 'ext-d1',
        flags: ['UNKNOWN_ITEM'],
      },
    ]);
  });

  it('given a decision within the rules, when it is recorded, then no alert', () => {
    const side = readSide();
    side.when(...given, recorded('d1'));
    expect(side.alerts()).toEqual([]);
  });

  it('given a flagged decision, when amended within the rules and then amended out of them, then a second alert only for the second amendment', () => {
    const side = readSide();
    side.when(...given);
    const [first, , third] = side.when(
      recorded('d1', { amount: 50_000 }),
      amended('d1', { amount: 5_000 }),
      amended('d1', { decidedBy: { name: 'Vera', role: 'vaktmastare', id: null } }),
    );
    expect(side.alerts().map((a) => [a.id, a.flags])).toEqual([
      [`flagged:d1:${first}`, ['AMOUNT_OVER_LIMIT']],
      [`flagged:d1:${third}`, ['UNAUTHORIZED_DELEGATE']],
    ]);
  });

  it('given a decision, when its last step is reported, then one DecisionReportingCompleted, and a rebuilt projection adds nothing', () => {
    const side = readSide();
    side.when(
      ...given,
      recorded('d1', { itemCode: '9.9.9' }),
      reported('d1', 'su-0413', 'su', '2023-04-13'),
    );
    expect(side.alerts().map((a) => a.type)).toEqual(['DecisionFlagged']);
    side.when(reported('d1', 'ifon-0523', 'ifon', '2023-05-23'));
    const alerts = side.alerts();
    expect(alerts.map((a) => a.id)).toEqual([
      expect.stringMatching(/^flagged:d1:/),
      expect.stringMatching(/^completed:d1:\d+$/),
    ]);
    side.rebuild();
    expect(side.alerts()).toEqual(alerts);
  });
});

describe('the overdue check', () => {
  const scheduler = (db: Database.Database, today: string) => {
    const store = { headPosition: async () => undefined } as unknown as EventStore;
    const runner = { waitFor: async () => true } as unknown as ProjectionRunner;
    const publisher = { wake: () => undefined } as unknown as AlertsPublisher;
    return new OverdueAlertsScheduler(
      db,
      new DecisionQueries(db),
      store,
      runner,
      publisher,
      clockAt(new Date(`${today}T12:00:00Z`)),
    );
  };

  it('given a decision due at the meeting of 2023-04-13, when checked on that day, then nothing; the day after, one DecisionOverdue; checked again, nothing more', async () => {
    const side = readSide();
    side.when(...given, recorded('d1'));
    expect(await scheduler(side.db, '2023-04-13').check()).toBe(0);
    expect(await scheduler(side.db, '2023-04-14').check()).toBe(1);
    expect(await scheduler(side.db, '2023-04-15').check()).toBe(0);
    expect(side.alerts()).toEqual([
      {
        id: 'overdue:d1:su-0413',
        type: 'DecisionOverdue',
        boardId: BOARD,
        decisionId: 'd1',
        externalId: 'ext-d1',
        bodyId: 'su',
        dueMeetingId: 'su-0413',
        dueDate: '2023-04-13',
      },
    ]);
  });

  it('given a decision reported at its first step, when the next step is overdue, then a second DecisionOverdue for the next due meeting', async () => {
    const side = readSide();
    side.when(...given, recorded('d1'));
    await scheduler(side.db, '2023-04-14').check();
    side.when(reported('d1', 'su-0413', 'su', '2023-04-13'));
    expect(await scheduler(side.db, '2023-05-24').check()).toBe(1);
    expect(side.alerts().map((a) => a.id)).toEqual(['overdue:d1:su-0413', 'overdue:d1:ifon-0523']);
  });

  it('given the read side behind the log, when checked, then it waits for the next round instead of judging stale rows', async () => {
    const side = readSide();
    side.when(...given, recorded('d1'));
    const lagging = new OverdueAlertsScheduler(
      side.db,
      new DecisionQueries(side.db),
      { headPosition: async () => 99 } as unknown as EventStore,
      { waitFor: async () => false } as unknown as ProjectionRunner,
      { wake: () => undefined } as unknown as AlertsPublisher,
      clockAt(new Date('2023-06-01T12:00:00Z')),
    );
    expect(await lagging.check()).toBeUndefined();
    expect(side.alerts()).toEqual([]);
  });
});
