import { Command } from '@nestjs/cqrs';
import type { ScheduleMeeting } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export class ScheduleMeetingCommand extends Command<void> {
  constructor(readonly props: CommandProps<ScheduleMeeting['data']>) {
    super();
  }
}
