import { Command } from '@nestjs/cqrs';
import type { AnnulDecision } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';
import type { ChangeOutcome } from '../decision-change.types';

export class AnnulDecisionCommand extends Command<ChangeOutcome> {
  constructor(readonly props: CommandProps<AnnulDecision['data']>) {
    super();
  }
}
