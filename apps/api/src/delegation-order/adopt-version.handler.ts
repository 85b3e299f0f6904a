import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDelegationOrder, delegationOrderDecider } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { StreamCommands } from '../application/stream-commands.service';
import { BoardDirectory } from '../boards/board-directory.service';
import { streamIds } from '../event-store/streams';
import type { AdoptVersionDto } from './delegation-order.dto';

export class AdoptVersionCommand extends Command<void> {
  constructor(
    readonly boardId: string,
    readonly version: AdoptVersionDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

/** One stream per board's delegation order: the expected revision keeps versions append-only under concurrency. */
@CommandHandler(AdoptVersionCommand)
export class AdoptVersionHandler implements ICommandHandler<AdoptVersionCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ boardId, version, meta }: AdoptVersionCommand): Promise<void> {
    const knownBodies = await this.boards.bodyIdsForCommand(boardId);
    await this.streams.decideAndSettle(
      streamIds.delegationOrder(boardId),
      delegationOrderDecider,
      (state) =>
        decideDelegationOrder(
          { type: 'AdoptDelegationOrderVersion', data: { boardId, ...version } },
          state,
          knownBodies,
        ),
      meta,
    );
  }
}
