import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDelegationOrder, delegationOrderDecider } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { AdoptVersionCommand } from './adopt-version.command';

/** One stream per board's delegation order: the expected revision keeps versions append-only under concurrency. */
@CommandHandler(AdoptVersionCommand)
export class AdoptVersionHandler implements ICommandHandler<AdoptVersionCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ props }: AdoptVersionCommand): Promise<void> {
    const { meta, ...data } = props;
    const knownBodies = await this.boards.bodyIdsForCommand(data.boardId);
    await this.streams.decideAndSettle(
      streamIds.delegationOrder(data.boardId),
      delegationOrderDecider,
      (state) =>
        decideDelegationOrder({ type: 'AdoptDelegationOrderVersion', data }, state, knownBodies),
      meta,
    );
  }
}
