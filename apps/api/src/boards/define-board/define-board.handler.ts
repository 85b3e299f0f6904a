import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { boardDecider, decideBoard } from '@delegationsbeslut/domain';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { DelegationOrderQueries } from '../../projections/delegation-order/delegation-order.queries';
import { MeetingQueries } from '../../projections/meetings/meetings.queries';
import { DefineBoardCommand } from './define-board.command';

@CommandHandler(DefineBoardCommand)
export class DefineBoardHandler
  implements ICommandHandler<DefineBoardCommand, { created: boolean }>
{
  constructor(
    private readonly streams: StreamCommands,
    private readonly delegationOrders: DelegationOrderQueries,
    private readonly meetings: MeetingQueries,
  ) {}

  async execute({ props }: DefineBoardCommand): Promise<{ created: boolean }> {
    const { meta, ...data } = props;
    const referenced = new Set([
      ...this.delegationOrders.routedBodies(data.boardId),
      ...this.meetings.bodiesWithMeetings(data.boardId),
    ]);
    let created = false;
    await this.streams.decideAndSettle(
      streamIds.board(data.boardId),
      boardDecider,
      (state) => {
        const events = decideBoard({ type: 'DefineBoard', data }, state, referenced);
        created = events.some((e) => e.type === 'BoardDefined');
        return events;
      },
      meta,
    );
    return { created };
  }
}
