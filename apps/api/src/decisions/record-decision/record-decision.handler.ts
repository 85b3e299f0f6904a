import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionDecider } from '@delegationsbeslut/domain';
import { stockholmDate } from '../../application/command-meta';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { decisionIdFor, streamIds } from '../../event-store/streams';
import { RecordDecisionCommand, type RecordOutcome } from './record-decision.command';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler
  implements ICommandHandler<RecordDecisionCommand, RecordOutcome>
{
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({
    boardId,
    sourceSystem,
    decision,
    meta,
    settle,
  }: RecordDecisionCommand): Promise<RecordOutcome> {
    await this.boards.requireForCommand(boardId);
    const decisionId = decisionIdFor(boardId, sourceSystem, decision.externalId);
    const outcome = await this.streams.execute(
      streamIds.decision(decisionId),
      decisionDecider,
      (state) =>
        decisionDecider.decide(
          {
            type: 'RecordDecision',
            data: { ...decision, boardId, decisionId, sourceSystem, receivedOn: stockholmDate() },
          },
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
