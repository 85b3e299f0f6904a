import { deciderSpecification } from '../shared/decider-specification';
import {
  BoardBodyCountError,
  DuplicateBodyError,
  ReferencedBodyRemovedError,
} from '../shared/domain-errors';
import type { DefineBoard } from './board.commands';
import { boardBodyOf, boardDecider } from './board.decider';
import type { BoardDefined, Body } from './board.events';

const ifon: Body = { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' };
const utskott: Body = { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' };
const chef: Body = { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' };

const defineBoard = (bodies: readonly Body[], name = 'IFON'): DefineBoard => ({
  type: 'DefineBoard',
  data: { boardId: 'ifon', name, bodies },
});
const boardDefined: BoardDefined = {
  type: 'BoardDefined',
  data: { boardId: 'ifon', name: 'IFON', bodies: [ifon, utskott] },
};
const nothingReferenced = new Set<string>();
const spec = deciderSpecification(boardDecider);

describe('board decider', () => {
  it('defines a new board', () => {
    spec
      .given([])
      .when(defineBoard([ifon, utskott]), nothingReferenced)
      .then([boardDefined]);
  });

  it('answers an identical definition with no events', () => {
    spec
      .given([boardDefined])
      .when(defineBoard([ifon, utskott]), nothingReferenced)
      .then([]);
  });

  it('updates the board when a body is added', () => {
    spec
      .given([boardDefined])
      .when(defineBoard([ifon, utskott, chef]), nothingReferenced)
      .then([
        {
          type: 'BoardUpdated',
          data: { boardId: 'ifon', name: 'IFON', bodies: [ifon, utskott, chef] },
        },
      ]);
  });

  it('updates the board when a body is renamed', () => {
    const renamed = { ...utskott, name: 'Sociala utskottet' };
    spec
      .given([boardDefined])
      .when(defineBoard([ifon, renamed]), new Set(['socialt-utskott']))
      .then([
        { type: 'BoardUpdated', data: { boardId: 'ifon', name: 'IFON', bodies: [ifon, renamed] } },
      ]);
  });

  it('removes a body nothing references', () => {
    spec
      .given([boardDefined])
      .when(defineBoard([ifon]), new Set(['ifon']))
      .then([{ type: 'BoardUpdated', data: { boardId: 'ifon', name: 'IFON', bodies: [ifon] } }]);
  });

  it('refuses to remove a referenced body (conflict)', () => {
    const error = spec
      .given([boardDefined])
      .when(defineBoard([ifon]), new Set(['socialt-utskott']))
      .thenThrows<ReferencedBodyRemovedError>(ReferencedBodyRemovedError);
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual(['socialt-utskott']);
  });

  it('refuses a board without a body of kind board (rule)', () => {
    const error = spec
      .given([])
      .when(defineBoard([utskott]), nothingReferenced)
      .thenThrows<BoardBodyCountError>(BoardBodyCountError);
    expect(error.kind).toBe('rule');
    expect(error.code).toBe('BOARD_BODY_COUNT');
  });

  it('refuses two bodies of kind board', () => {
    spec
      .given([])
      .when(
        defineBoard([ifon, { bodyId: 'other', name: 'Other', kind: 'board' }]),
        nothingReferenced,
      )
      .thenThrows(BoardBodyCountError);
  });

  it('refuses a duplicate bodyId (rule)', () => {
    const error = spec
      .given([])
      .when(defineBoard([ifon, utskott, { ...chef, bodyId: 'socialt-utskott' }]), nothingReferenced)
      .thenThrows<DuplicateBodyError>(DuplicateBodyError);
    expect(error.kind).toBe('rule');
  });

  it('finds the body of kind board', () => {
    expect(boardBodyOf([utskott, ifon])).toEqual(ifon);
  });
});
