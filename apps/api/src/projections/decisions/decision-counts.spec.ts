import { FLAGS, type Flag } from '@delegationsbeslut/domain';
import {
  BOARD,
  decisionAmended,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  meetingCancelled,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

/**
 * Given decisions with every kind of flag: under an unknown item, over the
 * amount limit, by a role without delegation, reported late, amended after
 * the report, registered late, left overdue, and one annulled.
 */
const board = spec.given(
  ...ifon(),
  decisionRecorded('c-0104', { decidedAt: '2023-01-04', registeredAt: '2023-01-05' }),
  decisionRecorded('c-0403', { decidedAt: '2023-04-03' }),
  decisionRecorded('c-unknown', { decidedAt: '2023-04-05', itemCode: '9.9.9' }),
  decisionRecorded('c-amount', { decidedAt: '2023-04-06', amount: 25000 }),
  decisionRecorded('c-delegate', {
    decidedAt: '2023-04-07',
    decidedBy: { name: 'Bo', role: 'vaktmastare', id: null },
  }),
  decisionRecorded('c-late', { decidedAt: '2023-04-03' }),
  decisionsReported('su-2023-04-27', UTSKOTT, '2023-04-27', ['c-late']),
  decisionRecorded('c-amended', { decidedAt: '2023-04-10' }),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['c-amended']),
  decisionAmended('c-amended', { amount: 3000 }),
  decisionRecorded('c-registered', { decidedAt: '2023-04-03', registeredAt: '2023-04-20' }),
  decisionRecorded('c-0420', { decidedAt: '2023-04-20' }),
  decisionRecorded('c-annulled', { decidedAt: '2023-04-03', itemCode: '9.9.9' }),
  decisionAnnulled('c-annulled'),
  decisionRecorded('c-none', { decidedAt: '2023-04-04', itemCode: '3.8.1' }),
);

/** Per flag, how many decisions the list finds with `flag=` over the same period and day. */
const listCounts =
  (filter: { from?: string; to?: string; today: string }) =>
  (q: ProjectionQueries): Record<Flag, number> =>
    Object.fromEntries(
      FLAGS.map((flag) => [
        flag,
        q.decisions.list(BOARD, { ...filter, flag, limit: 1000 }, true).items.length,
      ]),
    ) as Record<Flag, number>;

describe('given decisions carrying every kind of flag, when the flags are counted', () => {
  for (const filter of [
    { today: '2023-04-28' },
    { today: '2023-04-12' },
    { from: '2023-04-04', to: '2023-04-10', today: '2023-04-28' },
    { from: '2023-04-03', to: '2023-04-03', today: '2024-01-01' },
    { from: '2023-05-01', today: '2023-05-02' },
  ]) {
    it(`over ${JSON.stringify(filter)}, then each count is what the list filtered by that flag finds`, () =>
      board
        .when((q) => ({
          counts: q.decisions.flagCounts(BOARD, filter),
          list: listCounts(filter)(q),
        }))
        .then(({ counts, list }) => expect(counts).toEqual(list)));
  }

  it('on 2023-04-28 over April, then the counts name the flags raised (OVERDUE by the day)', () =>
    board
      .when((q) =>
        q.decisions.flagCounts(BOARD, {
          from: '2023-04-01',
          to: '2023-04-30',
          today: '2023-04-28',
        }),
      )
      .then((counts) =>
        expect(counts).toMatchObject({
          UNKNOWN_ITEM: 2,
          AMOUNT_OVER_LIMIT: 1,
          UNAUTHORIZED_DELEGATE: 1,
          REPORTED_LATE: 1,
          AMENDED_AFTER_REPORT: 1,
          LATE_REGISTERED: 1,
          OVERDUE: expect.any(Number),
        }),
      ));

  it('for another board, then every count is 0', () =>
    board
      .when((q) => q.decisions.flagCounts('other', { today: '2023-04-28' }))
      .then(Object.fromEntries(FLAGS.map((flag) => [flag, 0])) as Record<Flag, number>));
});

describe('given decisions on the way to the utskott and the nämnd, when the lists are counted', () => {
  const meetings = [
    'fc-2023-01-31',
    'ifon-2023-02-21',
    'su-2023-04-13',
    'su-2023-04-27',
    'su-2023-05-11',
    'ifon-2023-05-23',
  ];
  const sizes = (q: ProjectionQueries) =>
    meetings.map((meetingId) => {
      const meeting = q.meetings.get(BOARD, meetingId);
      if (!meeting) throw new Error(`no meeting ${meetingId}`);
      return {
        meetingId,
        size: q.decisions.reportingListSize(BOARD, meeting),
        list: q.decisions.reportingList(BOARD, meeting, '2023-04-28', true).length,
      };
    });
  const agree = (rows: ReturnType<typeof sizes>) => {
    expect(rows.map((r) => [r.meetingId, r.size])).toEqual(rows.map((r) => [r.meetingId, r.list]));
  };

  it('then each size is the length of the reporting list', () =>
    board.when(sizes).then((rows) => {
      agree(rows);
      expect(rows.some((r) => r.size > 0)).toBe(true);
    }));

  it('given a cancelled meeting, then its size is 0, as its list is empty', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d', { decidedAt: '2023-04-03' }),
        decisionRecorded('n', { decidedAt: '2023-04-03', urgent: true }),
        meetingCancelled('su-2023-04-13'),
      )
      .when(sizes)
      .then((rows) => {
        agree(rows);
        expect(rows.find((r) => r.meetingId === 'su-2023-04-13')?.size).toBe(0);
        expect(rows.find((r) => r.meetingId === 'su-2023-04-27')?.size).toBe(1);
      }));

  it('for a meeting of another board, then 0', () =>
    board
      .when((q) => {
        const meeting = q.meetings.get(BOARD, 'su-2023-04-27');
        if (!meeting) throw new Error('no meeting');
        return q.decisions.reportingListSize('other', meeting);
      })
      .then(0));
});
