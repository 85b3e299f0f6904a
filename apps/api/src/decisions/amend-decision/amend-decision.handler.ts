import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { changeDecision } from '../change-decision';
import type { ChangeOutcome } from '../decision-change.types';
import { AmendDecisionCommand } from './amend-decision.command';

@CommandHandler(AmendDecisionCommand)
export class AmendDecisionHandler implements ICommandHandler<AmendDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute({ props }: AmendDecisionCommand): Promise<ChangeOutcome> {
    const { meta, ...data } = props;
    return changeDecision(this.streams, this.boards, { type: 'AmendDecision', data }, meta);
  }
}
