import { Command } from '@nestjs/cqrs';
import type { ReportDecisions, ReportDecisionsOutcome } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export type ReportResult = Pick<ReportDecisionsOutcome, 'reported' | 'rejected'>;

export class ReportDecisionsCommand extends Command<ReportResult> {
  constructor(readonly props: CommandProps<ReportDecisions['data']>) {
    super();
  }
}
