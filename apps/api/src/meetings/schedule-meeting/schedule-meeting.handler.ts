import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingEvent, type MeetingState, scheduleMeeting } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../meeting.fold';
import { ScheduleMeetingCommand } from './schedule-meeting.command';

/** One stream per meeting: the store lets only one request create it. */
@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand, void> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ props }: ScheduleMeetingCommand): Promise<void> {
    const { meta, ...data } = props;
    const knownBodies = await this.boards.bodyIdsForCommand(data.boardId);
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(data.boardId, data.meetingId),
      meetingFold,
      (state) => scheduleMeeting({ type: 'ScheduleMeeting', data }, state, knownBodies),
      meta,
    );
  }
}
