import {
  BOARD,
  decisionAmended,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';
import type { ListFilter } from './decisions.queries';

const spec = ProjectionSpec.for(allProjections());

/**
 * Given, on 2023-04-20:
 * f-1 (procapita, IFO 2023-1, waiting at the utskott), f-2 (procapita, IFO 2023-12, reported at the
 * utskott, now waiting at the nämnd), f-3 (viva, IFO 2023-2, waiting at the utskott), f-4 (viva,
 * BYGG 2023-1 after an amendment from IFO 2023-4, waiting at the utskott), f-5 (viva, no case number)
 */
const board = spec.given(
  ...ifon(),
  decisionRecorded('f-1', { decidedAt: '2023-04-03', caseRef: 'IFO 2023-1' }),
  decisionRecorded('f-2', { decidedAt: '2023-04-04', caseRef: 'IFO 2023-12' }),
  decisionRecorded('f-3', { decidedAt: '2023-04-05', caseRef: 'IFO 2023-2', sourceSystem: 'viva' }),
  decisionRecorded('f-4', { decidedAt: '2023-04-06', caseRef: 'IFO 2023-4', sourceSystem: 'viva' }),
  decisionRecorded('f-5', { decidedAt: '2023-04-07', caseRef: null, sourceSystem: 'viva' }),
  decisionAmended('f-4', { caseRef: 'BYGG 2023-1' }),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['f-2']),
);

const listed = (filter: Partial<ListFilter>) => (q: ProjectionQueries) =>
  q.decisions
    .list(BOARD, { today: '2023-04-20', limit: 100, ...filter }, true)
    .items.map((d) => d.externalId);

describe('given decisions waiting at different bodies, when the list is filtered by bodyId', () => {
  it('then bodyId=the utskott lists those whose current step is there', () =>
    board.when(listed({ bodyId: UTSKOTT })).then(['f-1', 'f-3', 'f-4', 'f-5']));

  it('then bodyId=the nämnd lists the one reported at the utskott and now due at the nämnd', () =>
    board.when(listed({ bodyId: IFON })).then(['f-2']));

  it('then a body no decision waits at lists none', () =>
    board.when(listed({ bodyId: 'forvaltningschef' })).then([]));
});

describe('given decisions from two source systems, when the list is filtered by sourceSystem', () => {
  it.each([
    ['procapita', ['f-1', 'f-2']],
    ['viva', ['f-3', 'f-4', 'f-5']],
    ['ecos', []],
  ])('then sourceSystem=%s lists exactly %j', (sourceSystem, expected) =>
    board.when(listed({ sourceSystem })).then(expected),
  );

  it('then sourceSystems() names each system once, in order', () =>
    board.when((q) => q.decisions.sourceSystems(BOARD)).then(['procapita', 'viva']));

  it('then another board has no source systems', () =>
    board.when((q) => q.decisions.sourceSystems('other')).then([]));
});

describe('given case numbers, when the list is filtered by caseRef', () => {
  it('then an exact case number finds it and those it begins', () =>
    board.when(listed({ caseRef: 'IFO 2023-1' })).then(['f-1', 'f-2']));

  it('then a beginning finds every case number starting so', () =>
    board.when(listed({ caseRef: 'IFO 2023-' })).then(['f-1', 'f-2', 'f-3']));

  it('then the amended case number counts, not the one recorded first', () =>
    board
      .when((q) => [listed({ caseRef: 'BYGG' })(q), listed({ caseRef: 'IFO 2023-4' })(q)])
      .then([['f-4'], []]));

  it('then % and _ are characters of the case number, not patterns', () =>
    board
      .when((q) => [listed({ caseRef: 'IFO%' })(q), listed({ caseRef: 'IFO_2023' })(q)])
      .then([[], []]));

  it('then it combines with the other filters', () =>
    board
      .when(listed({ caseRef: 'IFO 2023-', sourceSystem: 'procapita', bodyId: UTSKOTT }))
      .then(['f-1']));
});
