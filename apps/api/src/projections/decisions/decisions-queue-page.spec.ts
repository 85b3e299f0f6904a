import { type Flag } from '@delegationsbeslut/domain';
import {
  BOARD,
  CHEF,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

/** Given open decisions at the förvaltningschef, the utskott and the nämnd, with flags, and some closed. */
const board = spec.given(
  ...ifon(),
  decisionRecorded('p-chef', { decidedAt: '2023-01-02' }),
  ...['2023-04-03', '2023-04-12', '2023-04-20', '2023-04-26', '2023-04-28', '2023-05-02'].flatMap(
    (decidedAt, i) => [
      decisionRecorded(`p-${i}a`, { decidedAt }),
      decisionRecorded(`p-${i}b`, { decidedAt, itemCode: '9.9.9' }),
      decisionRecorded(`p-${i}c`, { decidedAt, amount: 20000 }),
    ],
  ),
  decisionRecorded('p-namnd', { decidedAt: '2023-04-03' }),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['p-namnd']),
  decisionRecorded('p-late', { decidedAt: '2023-04-04', registeredAt: '2023-04-20' }),
  decisionRecorded('p-none', { decidedAt: '2023-04-03', itemCode: '3.8.1' }),
  decisionRecorded('p-annulled', { decidedAt: '2023-04-03' }),
  decisionAnnulled('p-annulled'),
  decisionRecorded('p-after', { decidedAt: '2023-06-01' }),
);

interface PageFilter {
  bodyId?: string;
  status?: 'pending' | 'overdue';
  flag?: Flag;
  today: string;
}

/** queue() with the flag filtered on the items' flags, then one page of it. */
const expected = (filter: PageFilter, limit: number, offset: number) => (q: ProjectionQueries) => {
  const { items, counts } = q.decisions.queue(BOARD, filter);
  const matching = filter.flag ? items.filter((i) => i.flags.includes(filter.flag!)) : items;
  return { items: matching.slice(offset, offset + limit), total: matching.length, counts };
};

describe('given open decisions at every step, some flagged, when the queue is read a page at a time', () => {
  const filters: PageFilter[] = [
    { today: '2023-04-28' },
    { today: '2023-04-12' },
    { today: '2023-06-30' },
    { today: '2023-04-28', bodyId: UTSKOTT },
    { today: '2023-04-28', bodyId: IFON },
    { today: '2023-04-28', bodyId: CHEF },
    { today: '2023-04-28', status: 'overdue' },
    { today: '2023-04-28', status: 'pending' },
    { today: '2023-04-28', flag: 'UNKNOWN_ITEM' },
    { today: '2023-04-28', flag: 'AMOUNT_OVER_LIMIT', status: 'pending' },
    { today: '2023-04-28', flag: 'OVERDUE', bodyId: UTSKOTT },
    { today: '2023-04-28', flag: 'LATE_REGISTERED' },
  ];
  for (const filter of filters) {
    it(`with ${JSON.stringify(filter)}, then every page is that page of queue(), with its counts`, () =>
      board
        .when((q) =>
          [
            [5, 0],
            [5, 5],
            [7, 14],
            [5, 20],
            [3, 21],
            [5, 30],
            [100, 0],
          ].map(([limit, offset]) => ({
            page: q.decisions.queuePage(BOARD, { ...filter, limit, offset }),
            queue: expected(filter, limit, offset)(q),
          })),
        )
        .then((pages) => {
          for (const { page, queue } of pages) expect(page).toEqual(queue);
          expect(pages[3].page.total).toBeGreaterThan(0);
        }));
  }

  it('with flag OVERDUE and status pending, then nothing: a pending decision is never overdue', () =>
    board
      .when(
        (q) =>
          q.decisions.queuePage(BOARD, {
            today: '2023-04-28',
            flag: 'OVERDUE',
            status: 'pending',
            limit: 100,
            offset: 0,
          }).total,
      )
      .then(0));

  it('for another board, then nothing', () =>
    board
      .when((q) => q.decisions.queuePage('other', { today: '2023-04-28', limit: 100, offset: 0 }))
      .then({ items: [], total: 0, counts: { pending: 0, overdue: 0 } }));
});
