import { DECISION_STATUSES, type DecisionStatus } from '@delegationsbeslut/domain';
import {
  BOARD,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';
import { InvalidCursorError } from './decisions.errors';
import type { ListFilter } from './decisions.queries';

const spec = ProjectionSpec.for(allProjections());

/**
 * Given, on 2023-04-20:
 * overdue  l-1 (due 2023-04-13), l-4 (unknown item, due 2023-04-13)
 * pending  l-2 (due 2023-04-27), l-5 (due 2023-04-27), l-7 (reported at the utskott, now due at the nämnd 2023-05-23)
 * not-required l-3 (reporting none); annulled l-6; reported l-8 (5.1.1 straight to the nämnd, reported 2023-02-21)
 */
const board = spec.given(
  ...ifon(),
  decisionRecorded('l-1', { decidedAt: '2023-04-03' }),
  decisionRecorded('l-2', { decidedAt: '2023-04-20' }),
  decisionRecorded('l-3', { decidedAt: '2023-04-05', itemCode: '3.8.1' }),
  decisionRecorded('l-4', { decidedAt: '2023-04-06', itemCode: '9.9.9' }),
  decisionRecorded('l-5', { decidedAt: '2023-04-15' }),
  decisionRecorded('l-6', { decidedAt: '2023-04-07' }),
  decisionRecorded('l-7', { decidedAt: '2023-04-04' }),
  decisionRecorded('l-8', {
    decidedAt: '2023-02-01',
    itemCode: '5.1.1',
    decidedBy: { name: 'Ordf', role: 'ordforande', id: null },
  }),
  decisionAnnulled('l-6'),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['l-7']),
  decisionsReported('ifon-2023-02-21', IFON, '2023-02-21', ['l-8']),
);

const list = (filter: Partial<ListFilter>) => (q: ProjectionQueries) =>
  q.decisions.list(BOARD, { today: '2023-04-20', limit: 100, ...filter }, true);
const listed = (filter: Partial<ListFilter>) => (q: ProjectionQueries) =>
  list(filter)(q).items.map((d) => d.externalId);

describe('given the board on 2023-04-20, when the list is filtered by status', () => {
  it.each<[DecisionStatus, string[]]>([
    ['pending', ['l-7', 'l-5', 'l-2']],
    ['overdue', ['l-1', 'l-4']],
    ['not-required', ['l-3']],
    ['annulled', ['l-6']],
    ['reported', ['l-8']],
  ])('then status=%s lists exactly %j, decided order', (status, expected) =>
    board.when(listed({ status })).then(expected),
  );

  it('then every listed view has that status', () =>
    board
      .when((q) =>
        DECISION_STATUSES.flatMap((status) =>
          list({ status })(q).items.filter((d) => d.status !== status),
        ),
      )
      .then([]));
});

/** The day before, of and after each due meeting (2023-04-13, 2023-04-27, 2023-05-23). */
const BOUNDARY_DAYS = [
  ...['2023-04-12', '2023-04-13', '2023-04-14'],
  ...['2023-04-26', '2023-04-27', '2023-04-28'],
  ...['2023-05-22', '2023-05-23', '2023-05-24'],
];

describe('given the board on the days around the due dates', () => {
  it.each(BOUNDARY_DAYS)(
    'when the list is filtered by each status on %s, then each filter agrees with the views’ status and the statuses partition the list',
    (today) =>
      board
        .when((q) => {
          const all = list({ today })(q).items;
          return DECISION_STATUSES.map((status) => [
            listed({ today, status })(q),
            all.filter((d) => d.status === status).map((d) => d.externalId),
          ]);
        })
        .then((pairs) => {
          for (const [filtered, viewed] of pairs) expect(filtered).toEqual(viewed);
          expect(pairs.flatMap(([filtered]) => filtered).sort()).toEqual(
            ['l-1', 'l-2', 'l-3', 'l-4', 'l-5', 'l-6', 'l-7', 'l-8'].sort(),
          );
        }),
  );

  it.each(BOUNDARY_DAYS)(
    'when the list is filtered by flag=OVERDUE on %s, then exactly the views flagged OVERDUE',
    (today) =>
      board
        .when((q) => [
          listed({ today, flag: 'OVERDUE' })(q),
          list({ today })(q)
            .items.filter((d) => d.flags.includes('OVERDUE'))
            .map((d) => d.externalId),
        ])
        .then(([filtered, flagged]) => expect(filtered).toEqual(flagged)),
  );
});

describe('given the board, when the list is filtered', () => {
  it('by flag=OVERDUE on 2023-04-20, then the missing anmälan of that day', () =>
    board.when(listed({ flag: 'OVERDUE' })).then(['l-1', 'l-4']));

  it('by flag=OVERDUE on the due meeting day, then none yet', () =>
    board.when(listed({ flag: 'OVERDUE', today: '2023-04-13' })).then([]));

  it('by flag=UNKNOWN_ITEM, then only the decision under an item not in the order', () =>
    board.when(listed({ flag: 'UNKNOWN_ITEM' })).then(['l-4']));

  it('by itemCode=3.8.1, then only that item', () =>
    board.when(listed({ itemCode: '3.8.1' })).then(['l-3']));

  it('by from and to, then the decisions decided inside, both ends included', () =>
    board
      .when(listed({ from: '2023-04-05', to: '2023-04-20' }))
      .then(['l-3', 'l-4', 'l-6', 'l-5', 'l-2']));

  it('by several filters, then all of them apply', () =>
    board
      .when(listed({ status: 'pending', itemCode: '3.7.2', from: '2023-04-10' }))
      .then(['l-5', 'l-2']));

  it('for another board, then nothing', () =>
    board
      .when((q) => q.decisions.list('other', { today: '2023-04-20', limit: 100 }, true))
      .then({
        items: [],
        nextCursor: null,
      }));
});

describe('given 8 decisions, when read 3 at a time following nextCursor', () => {
  const pages = (q: ProjectionQueries, filter: Partial<ListFilter>, limit: number) => {
    const seen: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = list({ ...filter, limit, cursor })(q);
      seen.push(page.items.map((d) => d.externalId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && seen.length < 20);
    return seen;
  };

  it('then every decision exactly once, in decided order, and the last page ends it', () =>
    board
      .when((q) => pages(q, {}, 3))
      .then([
        ['l-8', 'l-1', 'l-7'],
        ['l-3', 'l-4', 'l-6'],
        ['l-5', 'l-2'],
      ]));

  it('when the pages divide the list exactly, then the last full page has no nextCursor', () =>
    board.when((q) => pages(q, {}, 4).map((page) => page.length)).then([4, 4]));

  it('when a filter is paged one at a time, then the pages hold exactly the filtered decisions', () =>
    board.when((q) => pages(q, { status: 'pending' }, 1)).then([['l-7'], ['l-5'], ['l-2']]));
});

describe('given decisions decided on the same day, when paged one at a time', () => {
  it('then the decision id breaks the tie and none is skipped or repeated', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('s-b', { decidedAt: '2023-04-03' }),
        decisionRecorded('s-c', { decidedAt: '2023-04-03' }),
        decisionRecorded('s-a', { decidedAt: '2023-04-03' }),
      )
      .when((q) => {
        const first = list({ limit: 1 })(q);
        const second = list({ limit: 1, cursor: first.nextCursor! })(q);
        const third = list({ limit: 1, cursor: second.nextCursor! })(q);
        return [first, second, third].map((p) => [p.items[0].externalId, p.nextCursor !== null]);
      })
      .then([
        ['s-a', true],
        ['s-b', true],
        ['s-c', false],
      ]));
});

describe('given a cursor the API never gave out, when the list is read', () => {
  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON of the wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    ['an array of one', Buffer.from(JSON.stringify(['2023-04-03'])).toString('base64url')],
    ['an array of numbers', Buffer.from(JSON.stringify([1, 2])).toString('base64url')],
  ])('then INVALID_CURSOR (%s)', (_, cursor) =>
    board.when(list({ cursor })).thenThrows('INVALID_CURSOR', InvalidCursorError),
  );
});

describe('given a confidential decision (sekretess)', () => {
  const secret = spec.given(
    ...ifon(),
    decisionRecorded('secret', { decidedAt: '2023-04-03', confidential: true }),
  );

  it('when read by one who may see it, then caseRef and summary show', () =>
    secret
      .when((q) => q.decisions.get(BOARD, 'secret', '2023-04-20', true))
      .then((view) =>
        expect(view).toMatchObject({
          caseRef: 'IFO 2023-secret',
          summary: 'Ekonomiskt bistånd, ärende secret',
        }),
      ));

  it('when read or listed by one who may not, then it exists but caseRef and summary are masked', () =>
    secret
      .when((q) => [
        q.decisions.get(BOARD, 'secret', '2023-04-20', false),
        q.decisions.list(BOARD, { today: '2023-04-20', limit: 10 }, false).items[0],
      ])
      .then((views) => {
        for (const view of views)
          expect(view).toMatchObject({ confidential: true, caseRef: null, summary: null });
      }));
});

describe('given a decision of another board, when it is read at this board', () => {
  it('then DECISION_NOT_FOUND', () =>
    spec
      .given(...ifon(), ...ifon('other'), decisionRecorded('x', { boardId: 'other' }))
      .when((q) => q.decisions.get(BOARD, 'x', '2023-04-20', true))
      .thenThrows('DECISION_NOT_FOUND'));
});
