import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Body } from '@delegationsbeslut/domain';
import { READ_MODEL_DB } from '../read-model-database';
import { sql } from '../statements';

export interface BoardView {
  readonly boardId: string;
  readonly name: string;
  readonly bodies: readonly Body[];
}

interface BoardRow {
  board_id: string;
  name: string;
  bodies: string;
}

const toView = (row: BoardRow): BoardView => ({
  boardId: row.board_id,
  name: row.name,
  bodies: JSON.parse(row.bodies) as Body[],
});

/** Reads of the boards projection's table; only this folder touches it. */
@Injectable()
export class BoardQueries {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  find(boardId: string): BoardView | undefined {
    const row = sql(this.db, 'SELECT board_id, name, bodies FROM b_boards WHERE board_id = ?').get(
      boardId,
    ) as BoardRow | undefined;
    return row && toView(row);
  }

  /** Every board, by id: a municipality has tens, not thousands. */
  list(): BoardView[] {
    return (
      sql(
        this.db,
        'SELECT board_id, name, bodies FROM b_boards ORDER BY board_id',
      ).all() as BoardRow[]
    ).map(toView);
  }
}
