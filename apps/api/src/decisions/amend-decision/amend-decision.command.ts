import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../application/command-meta';
import type { DecisionChangesDto } from './amend-decision.dto';

export interface ChangeOutcome {
  readonly decisionId: string;
  readonly position: number | undefined;
}

/** Who may change a decision: a source system only its own decisions. */
export interface ChangeAuthority {
  readonly sourceSystem?: string;
}

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
