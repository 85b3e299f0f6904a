import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { deepEqual } from '../shared/deep-equal';
import {
  BoardBodyCountError,
  DuplicateBodyError,
  ReferencedBodyRemovedError,
} from '../shared/domain-errors';
import type { BoardCommand } from './board.commands';
import type { BoardEvent, Body } from './board.events';

export type BoardState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'defined';
      readonly boardId: string;
      readonly name: string;
      readonly bodies: readonly Body[];
    };

export const initialState: BoardState = { status: 'absent' };

export function evolve(_state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'BoardDefined':
    case 'BoardUpdated':
      return { status: 'defined', ...event.data };
    default:
      return assertNever(event);
  }
}

/**
 * `referencedBodyIds` are the bodies used by a delegation order route or a
 * meeting; the app collects them, because they live in other streams.
 */
export function decide(
  command: BoardCommand,
  state: BoardState,
  referencedBodyIds: ReadonlySet<string>,
): readonly BoardEvent[] {
  switch (command.type) {
    case 'DefineBoard': {
      const { boardId, name, bodies } = command.data;
      assertBodiesValid(bodies);
      if (state.status === 'absent') {
        return [{ type: 'BoardDefined', data: { boardId, name, bodies } }];
      }
      const kept = new Set(bodies.map((body) => body.bodyId));
      const removedButReferenced = state.bodies
        .map((body) => body.bodyId)
        .filter((bodyId) => !kept.has(bodyId) && referencedBodyIds.has(bodyId));
      if (removedButReferenced.length > 0)
        throw new ReferencedBodyRemovedError(removedButReferenced);
      if (state.name === name && deepEqual(state.bodies, bodies)) return [];
      return [{ type: 'BoardUpdated', data: { boardId, name, bodies } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const boardDecider: Decider<BoardCommand, BoardEvent, BoardState, [ReadonlySet<string>]> = {
  initialState,
  evolve,
  decide,
};

/** The nämnd itself: where urgent decisions go and the fallback route ends. */
export function boardBodyOf(bodies: readonly Body[]): Body | undefined {
  return bodies.find((body) => body.kind === 'board');
}

function assertBodiesValid(bodies: readonly Body[]): void {
  const boardBodies = bodies.filter((body) => body.kind === 'board').length;
  if (boardBodies !== 1) throw new BoardBodyCountError(boardBodies);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { bodyId } of bodies) (seen.has(bodyId) ? duplicates : seen).add(bodyId);
  if (duplicates.size > 0) throw new DuplicateBodyError([...duplicates]);
}
