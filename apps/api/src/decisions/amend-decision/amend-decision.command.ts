import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../application/command-meta';
import type { ChangeAuthority, ChangeOutcome } from '../decision-change.types';
import type { DecisionChangesDto } from './amend-decision.dto';

export class AmendDecisionCommand extends Command<ChangeOutcome> {
  constructor(
    readonly boardId: string,
    readonly decisionId: string,
    readonly changes: DecisionChangesDto,
    readonly reason: string,
    readonly authority: ChangeAuthority,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
