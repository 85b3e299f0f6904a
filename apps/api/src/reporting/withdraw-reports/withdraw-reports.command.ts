import { Command } from '@nestjs/cqrs';
import type { WithdrawReports, WithdrawReportsOutcome } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export type WithdrawResult = Pick<WithdrawReportsOutcome, 'withdrawn' | 'rejected'>;

export class WithdrawReportsCommand extends Command<WithdrawResult> {
  constructor(readonly props: CommandProps<WithdrawReports['data']>) {
    super();
  }
}
