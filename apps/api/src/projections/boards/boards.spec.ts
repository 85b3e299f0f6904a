import type { DomainEvent } from '../../event-store/streams';
import { boardDefined, IFON_BODIES } from '../ifon-events.fixtures';
import { ProjectionSpec } from '../projection-specification';
import { BoardsProjection } from './boards.projection';

const spec = ProjectionSpec.for(new BoardsProjection());

const boardUpdated = (boardId: string, name: string, bodies = IFON_BODIES): DomainEvent => ({
  type: 'BoardUpdated',
  data: { boardId, name, bodies },
});

describe('given two boards defined out of id order', () => {
  const boards = spec.given(boardDefined('vfn', IFON_BODIES.slice(0, 1)), boardDefined('ifon'));

  it('when listed, then both, by id', () =>
    boards.when((q) => q.boards.list().map((b) => b.boardId)).then(['ifon', 'vfn']));

  it('when one is found, then its name and bodies', () =>
    boards
      .when((q) => q.boards.find('vfn'))
      .then({
        boardId: 'vfn',
        name: 'Individ- och familjeomsorgsnämnden',
        bodies: IFON_BODIES.slice(0, 1),
      }));

  it('when an unknown board is found, then none', () =>
    boards.when((q) => q.boards.find('nope')).then(undefined));
});

describe('given a board that was updated', () => {
  it('when it is found, then its latest name and bodies', () =>
    spec
      .given(boardDefined('ifon'), boardUpdated('ifon', 'IFON', IFON_BODIES.slice(0, 2)))
      .when((q) => q.boards.find('ifon'))
      .then({ boardId: 'ifon', name: 'IFON', bodies: IFON_BODIES.slice(0, 2) }));
});
