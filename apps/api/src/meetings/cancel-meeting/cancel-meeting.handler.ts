import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cancelMeeting, type MeetingEvent, type MeetingState } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../meeting.fold';
import { CancelMeetingCommand } from './cancel-meeting.command';

/** Appended at the revision read, so a cancel and a concurrent report cannot both succeed. */
@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ props }: CancelMeetingCommand): Promise<void> {
    const { meta, ...data } = props;
    await this.boards.requireForCommand(data.boardId);
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(data.boardId, data.meetingId),
      meetingFold,
      (state) => cancelMeeting({ type: 'CancelMeeting', data }, state),
      meta,
    );
  }
}
