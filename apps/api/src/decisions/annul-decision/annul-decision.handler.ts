import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
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

  execute({ props }: AnnulDecisionCommand): Promise<ChangeOutcome> {
    const { meta, ...data } = props;
    return changeDecision(this.streams, this.boards, { type: 'AnnulDecision', data }, meta);
  }
}
