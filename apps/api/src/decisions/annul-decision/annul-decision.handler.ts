import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { changeDecision } from '../change-decision';
import type { ChangeOutcome } from '../decision-change.types';
import { AnnulDecisionCommand } from './annul-decision.command';

/** Registered in error: the decision stays in the log, annulled, and leaves the queue. */
@CommandHandler(AnnulDecisionCommand)
export class AnnulDecisionHandler implements ICommandHandler<AnnulDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AnnulDecisionCommand): Promise<ChangeOutcome> {
    const data = { boardId: c.boardId, decisionId: c.decisionId, reason: c.reason };
    return changeDecision(
      this.streams,
      this.boards,
      { type: 'AnnulDecision', data: { ...data, actingSourceSystem: c.authority.sourceSystem } },
      c.meta,
    );
  }
}
