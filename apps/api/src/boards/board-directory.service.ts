import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { BoardNotFoundError } from '@delegationsbeslut/domain';
import { type BoardView, findBoard } from '../projections/boards/boards.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** Every command and query on a board first needs the board to exist. */
@Injectable()
export class BoardDirectory {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  require(boardId: string): BoardView {
    const board = findBoard(this.db, boardId);
    if (!board) throw new BoardNotFoundError(boardId);
    return board;
  }

  bodyIds(boardId: string): Set<string> {
    return new Set(this.require(boardId).bodies.map((b) => b.bodyId));
  }
}
