import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { boardDecider, decideBoard } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { StreamCommands } from '../application/stream-commands.service';
import { streamIds } from '../event-store/streams';
import { delegationOrderQueries } from '../projections/delegation-order/delegation-order.projection';
import { meetingQueries } from '../projections/meetings/meetings.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';
import type { DefineBoardDto } from './boards.dto';

export class DefineBoardCommand extends Command<{ created: boolean }> {
  constructor(
    readonly boardId: string,
    readonly board: DefineBoardDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(DefineBoardCommand)
export class DefineBoardHandler
  implements ICommandHandler<DefineBoardCommand, { created: boolean }>
{
  constructor(
    private readonly streams: StreamCommands,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  async execute({ boardId, board, meta }: DefineBoardCommand): Promise<{ created: boolean }> {
    const referenced = new Set([
      ...delegationOrderQueries.routedBodies(this.db, boardId),
      ...meetingQueries.bodiesWithMeetings(this.db, boardId),
    ]);
    let created = false;
    await this.streams.decideAndSettle(
      streamIds.board(boardId),
      boardDecider,
      (state) => {
        const events = decideBoard(
          { type: 'DefineBoard', data: { boardId, ...board } },
          state,
          referenced,
        );
        created = events.some((e) => e.type === 'BoardDefined');
        return events;
      },
      meta,
    );
    return { created };
  }
}
