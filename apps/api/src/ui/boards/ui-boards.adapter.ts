import { Injectable } from '@nestjs/common';
import { readableBoards } from '../../auth/principal';
import { BoardQueries } from '../../projections/boards/boards.queries';
import type { UiUser } from '../session/ui-user';

export interface BoardSummary {
  readonly boardId: string;
  readonly name: string;
}

/**
 * The one place the interface reads the list of boards (through the boards
 * projection's queries), so a change there changes only this file.
 */
@Injectable()
export class UiBoards {
  constructor(private readonly boards: BoardQueries) {}

  readableBy(user: UiUser): readonly BoardSummary[] {
    const named = readableBoards(user);
    const views =
      named === undefined
        ? this.boards.list()
        : named.map((boardId) => this.boards.find(boardId)).filter((b) => b !== undefined);
    return views
      .map(({ boardId, name }) => ({ boardId, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
