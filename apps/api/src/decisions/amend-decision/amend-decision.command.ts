import { Command } from '@nestjs/cqrs';
import type { AmendDecision } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';
import type { ChangeOutcome } from '../decision-change.types';

export class AmendDecisionCommand extends Command<ChangeOutcome> {
  constructor(readonly props: CommandProps<AmendDecision['data']>) {
    super();
  }
}
