import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionDecider } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { Clock } from '../../application/clock';
import { StreamCommands } from '../../application/stream-commands.service';
import { decisionIdFor, streamIds } from '../../event-store/streams';
import { RecordDecisionCommand, type RecordOutcome } from './record-decision.command';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler
  implements ICommandHandler<RecordDecisionCommand, RecordOutcome>
{
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
    private readonly clock: Clock,
  ) {}

  async execute({ props }: RecordDecisionCommand): Promise<RecordOutcome> {
    const { meta, settle = true, ...fields } = props;
    await this.boards.requireForCommand(fields.boardId);
    const decisionId = decisionIdFor(fields.boardId, fields.sourceSystem, fields.externalId);
    const receivedOn = this.clock.today();
    const outcome = await this.streams.execute(
      streamIds.decision(decisionId),
      decisionDecider,
      (state) =>
        decisionDecider.decide(
          { type: 'RecordDecision', data: { ...fields, decisionId, receivedOn } },
          state,
        ),
      meta,
    );
    if (settle) await this.streams.settled(outcome.position);
    return {
      decisionId,
      status: outcome.events.length > 0 ? 'created' : 'unchanged',
      position: outcome.position,
    };
  }
}
