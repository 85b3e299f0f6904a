import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DecisionCommand, decisionDecider } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../../application/command-meta';
import { StreamCommands } from '../../application/stream-commands';
import { BoardDirectory } from '../../boards/board-directory';
import { streamIds } from '../../event-store/streams';
import { AmendDecisionCommand, AnnulDecisionCommand, type ChangeOutcome } from './amend-decision.command';

/** Load the decision's stream, decide (the decider checks board and source), append. */
async function change(
  streams: StreamCommands,
  boards: BoardDirectory,
  target: { boardId: string; decisionId: string; meta: CommandMeta },
  command: DecisionCommand,
): Promise<ChangeOutcome> {
  boards.require(target.boardId);
  const outcome = await streams.execute(
    streamIds.decision(target.decisionId),
    decisionDecider,
    (state) => decisionDecider.decide(command, state),
    target.meta,
  );
  await streams.settled(outcome.position);
  return { decisionId: target.decisionId, position: outcome.position };
}

@CommandHandler(AmendDecisionCommand)
export class AmendDecisionHandler implements ICommandHandler<AmendDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AmendDecisionCommand): Promise<ChangeOutcome> {
    return change(this.streams, this.boards, c, {
      type: 'AmendDecision',
      data: {
        boardId: c.boardId,
        decisionId: c.decisionId,
        changes: c.changes,
        reason: c.reason,
        actingSourceSystem: c.authority.sourceSystem,
      },
    });
  }
}

@CommandHandler(AnnulDecisionCommand)
export class AnnulDecisionHandler implements ICommandHandler<AnnulDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AnnulDecisionCommand): Promise<ChangeOutcome> {
    return change(this.streams, this.boards, c, {
      type: 'AnnulDecision',
      data: {
        boardId: c.boardId,
        decisionId: c.decisionId,
        reason: c.reason,
        actingSourceSystem: c.authority.sourceSystem,
      },
    });
  }
}
