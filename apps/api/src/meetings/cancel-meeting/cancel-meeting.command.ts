import { Command } from '@nestjs/cqrs';
import type { CancelMeeting } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export class CancelMeetingCommand extends Command<void> {
  constructor(readonly props: CommandProps<CancelMeeting['data']>) {
    super();
  }
}
