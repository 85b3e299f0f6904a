import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { cancelMeeting, type MeetingEvent, type MeetingState } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../../application/command-meta';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../meeting.fold';

export class CancelMeetingCommand extends Command<void> {
  constructor(
    readonly boardId: string,
    readonly meetingId: string,
    readonly reason: string,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

/** Appended at the revision read, so a cancel and a concurrent report cannot both succeed. */
@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ boardId, meetingId, reason, meta }: CancelMeetingCommand): Promise<void> {
    await this.boards.requireForCommand(boardId);
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(boardId, meetingId),
      meetingFold,
      (state) =>
        cancelMeeting({ type: 'CancelMeeting', data: { boardId, meetingId, reason } }, state),
      meta,
    );
  }
}
