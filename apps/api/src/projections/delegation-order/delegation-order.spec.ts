import type { DelegationOrderVersion } from '@delegationsbeslut/domain';
import {
  BOARD,
  CHEF,
  IFON,
  ITEMS,
  UTSKOTT,
  VERSION_2022,
  VERSION_2023,
  versionAdopted,
} from '../ifon-events.fixtures';
import { ProjectionSpec } from '../projection-specification';
import { DelegationOrderProjection } from './delegation-order.projection';

const spec = ProjectionSpec.for(new DelegationOrderProjection());

const VERSION_2024: DelegationOrderVersion = {
  versionId: 'ifon-2024-01',
  effectiveFrom: '2024-01-01',
  adoptedRef: null,
  defaultRoute: [IFON],
  items: [...ITEMS, { ...ITEMS[0], code: '9.1.1', route: ['presidiet', IFON] }],
};

const board = spec.given(
  versionAdopted(VERSION_2022),
  versionAdopted(VERSION_2023),
  versionAdopted(VERSION_2024),
  versionAdopted(
    { ...VERSION_2022, versionId: 'other-2022', defaultRoute: ['elsewhere'] },
    'other',
  ),
);

describe('given three versions of the board’s order (and one of another board)', () => {
  it('when listed, then this board’s versions by effectiveFrom, with their item counts', () =>
    board
      .when((q) => q.delegationOrder.list(BOARD))
      .then([
        {
          versionId: 'ifon-2022-06',
          effectiveFrom: '2022-06-14',
          adoptedRef: 'IFON 2022-06-14 § 87',
          itemCount: 5,
        },
        {
          versionId: 'ifon-2023-01',
          effectiveFrom: '2023-01-03',
          adoptedRef: 'IFON 2022-12-13 § 140',
          itemCount: 5,
        },
        { versionId: 'ifon-2024-01', effectiveFrom: '2024-01-01', adoptedRef: null, itemCount: 6 },
      ]));

  it('when a version is read, then it is the adopted version whole', () =>
    board.when((q) => q.delegationOrder.get(BOARD, 'ifon-2023-01')).then(VERSION_2023));

  it('when another board’s version is read here, then there is none', () =>
    board.when((q) => q.delegationOrder.get(BOARD, 'other-2022')).then(undefined));

  it.each([
    ['2022-06-13', undefined],
    ['2022-06-14', 'ifon-2022-06'],
    ['2023-01-02', 'ifon-2022-06'],
    ['2023-01-03', 'ifon-2023-01'],
    ['2023-01-04', 'ifon-2023-01'],
    ['2023-12-31', 'ifon-2023-01'],
    ['2024-01-01', 'ifon-2024-01'],
    ['2030-01-01', 'ifon-2024-01'],
  ])('when the version in force on %s is asked, then %s', (date, versionId) =>
    board.when((q) => q.delegationOrder.inForce(BOARD, date)?.versionId).then(versionId),
  );

  it('when the routed bodies are asked, then every body of any default or item route, of this board only', () =>
    board
      .when((q) => q.delegationOrder.routedBodies(BOARD))
      .then(new Set([CHEF, IFON, UTSKOTT, 'presidiet'])));
});

describe('given no version', () => {
  it('when asked, then no list, no version in force and no routed bodies', () =>
    spec
      .given()
      .when((q) => [
        q.delegationOrder.list(BOARD),
        q.delegationOrder.inForce(BOARD, '2023-01-01'),
        q.delegationOrder.routedBodies(BOARD),
      ])
      .then([[], undefined, new Set()]));
});
