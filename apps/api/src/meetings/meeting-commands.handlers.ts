import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  cancelMeeting,
  evolveMeeting,
  initialMeetingState,
  type MeetingEvent,
  type MeetingState,
  scheduleMeeting,
} from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { StreamCommands } from '../application/stream-commands';
import { BoardDirectory } from '../boards/board-directory';
import { streamIds } from '../event-store/streams';
import type { ScheduleMeetingDto } from './meetings.dto';

export const meetingFold = { initialState: initialMeetingState as MeetingState, evolve: evolveMeeting };

export class ScheduleMeetingCommand extends Command<void> {
  constructor(
    readonly boardId: string,
    readonly meeting: ScheduleMeetingDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

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

@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ boardId, meeting, meta }: ScheduleMeetingCommand): Promise<void> {
    const knownBodies = this.boards.bodyIds(boardId);
    const outcome = await this.streams.execute<MeetingState, MeetingEvent>(
      streamIds.meeting(boardId, meeting.meetingId),
      meetingFold,
      (state) => scheduleMeeting({ type: 'ScheduleMeeting', data: { boardId, ...meeting } }, state, knownBodies),
      meta,
    );
    await this.streams.settled(outcome.position);
  }
}

@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ boardId, meetingId, reason, meta }: CancelMeetingCommand): Promise<void> {
    this.boards.require(boardId);
    const outcome = await this.streams.execute<MeetingState, MeetingEvent>(
      streamIds.meeting(boardId, meetingId),
      meetingFold,
      (state) => cancelMeeting({ type: 'CancelMeeting', data: { boardId, meetingId, reason } }, state),
      meta,
    );
    await this.streams.settled(outcome.position);
  }
}
