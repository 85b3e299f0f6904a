import {
  BOARD,
  CHEF,
  decisionAmended,
  decisionRecorded,
  ifon,
  IFON,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

const standing = (q: ProjectionQueries) => {
  const v = q.decisions.get(BOARD, 'd', '2023-04-20', true);
  return {
    version: v.orderVersionId,
    route: v.reporting.route,
    status: v.status,
    inQueue: q.decisions.queue(BOARD, { today: '2023-04-20' }).items.map((i) => i.externalId),
  };
};

describe('given a decision of 2023-04-03 at the utskott, overdue on 2023-04-20', () => {
  const history = [...ifon(), decisionRecorded('d', { decidedAt: '2023-04-03' })];

  it('when nothing is amended, then it stands on the 2023 route, overdue, in the queue', () =>
    spec
      .given(...history)
      .when(standing)
      .then({
        version: 'ifon-2023-01',
        route: [UTSKOTT, IFON],
        status: 'overdue',
        inQueue: ['d'],
      }));

  it('when its decidedAt is amended to before the 2023 version, then it is re-judged on the 2022 route', () =>
    spec
      .given(
        ...history,
        decisionAmended('d', { decidedAt: '2023-01-02', registeredAt: '2023-01-02' }),
      )
      .when(standing)
      .then({ version: 'ifon-2022-06', route: [CHEF, IFON], status: 'overdue', inQueue: ['d'] }));

  it('when it is amended to be urgent, then it goes straight to the nämnd, pending', () =>
    spec
      .given(...history, decisionAmended('d', { urgent: true }))
      .when(standing)
      .then({ version: 'ifon-2023-01', route: [IFON], status: 'pending', inQueue: ['d'] }));

  it('when its item is amended to one not to be reported, then not-required and out of the queue', () =>
    spec
      .given(...history, decisionAmended('d', { itemCode: '3.8.1' }))
      .when(standing)
      .then({ version: 'ifon-2023-01', route: [], status: 'not-required', inQueue: [] }));

  it('when its item is amended, then the list filters by the new item', () =>
    spec
      .given(...history, decisionAmended('d', { itemCode: '3.9.9' }))
      .when((q) =>
        ['3.7.2', '3.9.9'].map(
          (itemCode) =>
            q.decisions.list(BOARD, { today: '2023-04-20', limit: 10, itemCode }, true).items
              .length,
        ),
      )
      .then([0, 1]));
});
