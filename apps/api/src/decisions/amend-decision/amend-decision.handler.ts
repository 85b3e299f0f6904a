import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { changeDecision } from '../change-decision';
import type { ChangeOutcome } from '../decision-change.types';
import { AmendDecisionCommand } from './amend-decision.command';

@CommandHandler(AmendDecisionCommand)
export class AmendDecisionHandler implements ICommandHandler<AmendDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AmendDecisionCommand): Promise<ChangeOutcome> {
    const data = {
      boardId: c.boardId,
      decisionId: c.decisionId,
      changes: c.changes,
      reason: c.reason,
    };
    return changeDecision(
      this.streams,
      this.boards,
      { type: 'AmendDecision', data: { ...data, actingSourceSystem: c.authority.sourceSystem } },
      c.meta,
    );
  }
}
