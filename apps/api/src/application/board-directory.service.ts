import { Inject, Injectable } from '@nestjs/common';
import { BoardNotFoundError } from '@delegationsbeslut/domain';
import type { EventStore } from '@delegationsbeslut/event-store';
import { ReadSideLaggingError } from './stream-commands.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { type BoardView, BoardQueries } from '../projections/boards/boards.queries';
import { ProjectionRunner } from '../projections/projection-runner';

/** Every command and query on a board first needs the board to exist. */
@Injectable()
export class BoardDirectory {
  constructor(
    private readonly boardQueries: BoardQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For reads: the board as this instance's read models know it. */
  require(boardId: string): BoardView {
    const board = this.boardQueries.find(boardId);
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
    const known = this.boardQueries.find(boardId);
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
