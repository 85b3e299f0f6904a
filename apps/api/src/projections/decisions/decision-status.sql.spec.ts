import Database from 'better-sqlite3';
import {
  addDays,
  type BaseStatus,
  DECISION_STATUSES,
  type Judgment,
  statusOn,
} from '@delegationsbeslut/domain';
import { statusClause } from './decision-status.sql';
import { DECISIONS_SCHEMA } from './decisions.schema';

const BASE_STATUSES: readonly BaseStatus[] = ['open', 'reported', 'not-required', 'annulled'];
/** Due dates across a month and a year end too, since the SQL compares the dates as text. */
const DUE_DATES = ['2023-04-13', '2023-02-28', '2023-12-31', null] as const;

/** A judgment whose (current) step is due on `dueDate`, stored as the projection stores it. */
function judgment(baseStatus: BaseStatus, dueDate: string | null): Judgment {
  return {
    orderVersionId: 'v',
    reporting: {
      mode: 'report',
      route: ['utskott'],
      steps: [
        {
          bodyId: 'utskott',
          readyOn: '2023-01-01',
          dueMeetingId: dueDate && `m-${dueDate}`,
          dueDate,
          reportedAtMeetingId: null,
          reportedOn: null,
          minutesParagraph: null,
          late: false,
        },
      ],
    },
    currentStep: baseStatus === 'open' ? 0 : null,
    baseStatus,
    flags: [],
  };
}

const cases = BASE_STATUSES.flatMap((baseStatus) =>
  DUE_DATES.map((dueDate) => ({
    id: `${baseStatus}@${dueDate ?? 'none'}`,
    judgment: judgment(baseStatus, dueDate),
  })),
);

/** Given every base status with every due date stored in the decisions table. */
function givenStoredDecisions(): Database.Database {
  const db = new Database(':memory:');
  db.exec(DECISIONS_SCHEMA);
  const insert = db.prepare(
    `INSERT INTO dt_decisions (decision_id, board_id, source_system, external_id, item_code, decided_at,
       recorded_at, history, judgment, base_status, current_body_id, current_ready_on, due_meeting_id, due_date, flags)
     VALUES (?, 'b', 's', ?, '1', '2023-01-01', '2023-01-01T00:00:00Z', '{}', ?, ?, NULL, NULL, NULL, ?, '')`,
  );
  for (const { id, judgment: j } of cases) {
    // as judgmentColumns stores it: the due date of the current step, if any
    const step = j.currentStep === null ? undefined : j.reporting.steps[j.currentStep];
    insert.run(id, id, JSON.stringify(j), j.baseStatus, step?.dueDate ?? null);
  }
  return db;
}

/** The day before, of and after every due date. */
const DAYS = DUE_DATES.flatMap((due) =>
  due === null ? [] : [-1, 0, 1].map((d) => addDays(due, d)),
);

describe('statusClause (SQL) and statusOn (the domain)', () => {
  const db = givenStoredDecisions();
  afterAll(() => db.close());

  describe.each(DAYS)('given every base status with every due date, on %s', (today) => {
    it.each(DECISION_STATUSES)(
      'when the decisions are filtered by status=%s in SQL, then exactly those statusOn gives that status',
      (status) => {
        const bySql = db
          .prepare(
            `SELECT decision_id FROM dt_decisions WHERE ${statusClause(status)} ORDER BY decision_id`,
          )
          .pluck()
          .all({ today }) as string[];
        const byDomain = cases
          .filter((c) => statusOn(c.judgment, today).status === status)
          .map((c) => c.id)
          .sort();
        expect(bySql).toEqual(byDomain);
      },
    );
  });

  it('given an open decision due 2023-04-13, when judged on the day and the day after, then pending then overdue in both', () => {
    const due = cases.find((c) => c.id === 'open@2023-04-13')!;
    const sqlStatus = (today: string) =>
      DECISION_STATUSES.filter(
        (status) =>
          db
            .prepare(
              `SELECT 1 FROM dt_decisions WHERE decision_id = @id AND ${statusClause(status)}`,
            )
            .get({ id: due.id, today }) !== undefined,
      );
    expect([sqlStatus('2023-04-13'), sqlStatus('2023-04-14')]).toEqual([['pending'], ['overdue']]);
    expect([
      statusOn(due.judgment, '2023-04-13').status,
      statusOn(due.judgment, '2023-04-14').status,
    ]).toEqual(['pending', 'overdue']);
  });
});
