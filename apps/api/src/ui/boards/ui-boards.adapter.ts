import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { readableBoards } from '../../auth/principal';
import { findBoard } from '../../projections/boards/boards.projection';
import { READ_MODEL_DB } from '../../projections/read-model-database';
import { sql } from '../../projections/statements';
import type { UiUser } from '../session/ui-user';

export interface BoardSummary {
  readonly boardId: string;
  readonly name: string;
}

/** A municipality has tens of boards; the bound keeps a bad read model from filling a page. */
const MAX_BOARDS = 500;

/**
 * The one place the interface reads the list of boards. BoardDirectory offers
 * one board by id and no list, so this reads the boards read model directly;
 * when the refactor gives the app a board list query, only this file changes.
 */
@Injectable()
export class UiBoards {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  readableBy(user: UiUser): readonly BoardSummary[] {
    const named = readableBoards(user);
    if (named !== undefined) {
      return named
        .map((boardId) => findBoard(this.db, boardId))
        .filter((b) => b !== undefined)
        .map(({ boardId, name }) => ({ boardId, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    }
    const rows = sql(this.db, 'SELECT board_id, name FROM b_boards ORDER BY name LIMIT ?').all(
      MAX_BOARDS,
    ) as { board_id: string; name: string }[];
    return rows
      .map((r) => ({ boardId: r.board_id, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
