import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionDecider } from '@delegationsbeslut/domain';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { streamIds } from '../../event-store/streams';
import type { ChangeOutcome } from '../decision-change.types';
import { AmendDecisionCommand } from './amend-decision.command';

/** The decider checks the board, the source system's authority and the changes. */
@CommandHandler(AmendDecisionCommand)
export class AmendDecisionHandler implements ICommandHandler<AmendDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({
    boardId,
    decisionId,
    changes,
    reason,
    authority,
    meta,
  }: AmendDecisionCommand): Promise<ChangeOutcome> {
    this.boards.require(boardId);
    const command = {
      type: 'AmendDecision',
      data: { boardId, decisionId, changes, reason, actingSourceSystem: authority.sourceSystem },
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
