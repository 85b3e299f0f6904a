import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingEvent, type MeetingState, scheduleMeeting } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../../application/command-meta';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../meeting.fold';
import type { ScheduleMeetingDto } from '../meetings.dto';

export class ScheduleMeetingCommand extends Command<void> {
  constructor(
    readonly boardId: string,
    readonly meeting: ScheduleMeetingDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

/** One stream per meeting: the store lets only one request create it. */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ boardId, meeting, meta }: ScheduleMeetingCommand): Promise<void> {
    const knownBodies = await this.boards.bodyIdsForCommand(boardId);
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(boardId, meeting.meetingId),
      meetingFold,
      (state) =>
        scheduleMeeting(
          { type: 'ScheduleMeeting', data: { boardId, ...meeting } },
          state,
          knownBodies,
        ),
      meta,
    );
  }
}
