import { Command } from '@nestjs/cqrs';
import type { AdoptDelegationOrderVersion } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export class AdoptVersionCommand extends Command<void> {
  constructor(readonly props: CommandProps<AdoptDelegationOrderVersion['data']>) {
    super();
  }
}
