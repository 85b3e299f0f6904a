import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../application/command-meta';
import type { ChangeAuthority, ChangeOutcome } from '../decision-change.types';

export class AnnulDecisionCommand extends Command<ChangeOutcome> {
  constructor(
    readonly boardId: string,
    readonly decisionId: string,
    readonly reason: string,
    readonly authority: ChangeAuthority,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
