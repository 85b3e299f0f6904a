import type { Body } from './board.events';

/** Creates the board, or replaces its name and bodies (PUT semantics). */
export interface DefineBoard {
  readonly type: 'DefineBoard';
  readonly data: {
    readonly boardId: string;
    readonly name: string;
    readonly bodies: readonly Body[];
  };
}

export type BoardCommand = DefineBoard;
