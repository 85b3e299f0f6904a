import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionDecider } from '@delegationsbeslut/domain';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { streamIds } from '../../event-store/streams';
import type { ChangeOutcome } from '../decision-change.types';
import { AnnulDecisionCommand } from './annul-decision.command';

/** Registered in error: the decision stays in the log, annulled, and leaves the queue. */
@CommandHandler(AnnulDecisionCommand)
export class AnnulDecisionHandler implements ICommandHandler<AnnulDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({
    boardId,
    decisionId,
    reason,
    authority,
    meta,
  }: AnnulDecisionCommand): Promise<ChangeOutcome> {
    this.boards.require(boardId);
    const command = {
      type: 'AnnulDecision',
      data: { boardId, decisionId, reason, actingSourceSystem: authority.sourceSystem },
    } as const;
    const outcome = await this.streams.decideAndSettle(
      streamIds.decision(decisionId),
      decisionDecider,
      (state) => decisionDecider.decide(command, state),
      meta,
    );
    return { decisionId, position: outcome.position, changed: outcome.events.length > 0 };
  }
}
