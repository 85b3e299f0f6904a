import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { BoardNotFoundError } from '@delegationsbeslut/domain';
import type { EventStore } from '@delegationsbeslut/event-store';
import { ReadSideLaggingError } from '../application/stream-commands.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { type BoardView, findBoard } from '../projections/boards/boards.projection';
import { ProjectionRunner } from '../projections/projection-runner';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** Every command and query on a board first needs the board to exist. */
@Injectable()
export class BoardDirectory {
  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For reads: the board as this instance's read models know it. */
  require(boardId: string): BoardView {
    const board = findBoard(this.db, boardId);
    if (!board) throw new BoardNotFoundError(boardId);
    return board;
  }

  /**
   * For commands, through any door: a board defined through another
   * instance, or not yet projected after a restart, is not "not found".
   * Unknown here, the read models first catch up with the log; if they cannot
   * within the bound, the failure is passing (503, or a Kafka retry).
   */
  async requireForCommand(boardId: string): Promise<BoardView> {
    const known = findBoard(this.db, boardId);
    if (known) return known;
    const head = await this.store.headPosition();
    if (
      head !== undefined &&
      !(await this.readSide.waitFor(head, this.config.readYourWritesTimeoutMs))
    ) {
      throw new ReadSideLaggingError(head);
    }
    return this.require(boardId);
  }

  async bodyIdsForCommand(boardId: string): Promise<Set<string>> {
    return new Set((await this.requireForCommand(boardId)).bodies.map((b) => b.bodyId));
  }
}
