import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingEvent, type MeetingState, withdrawReports } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../../meetings/meeting.fold';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { WithdrawReportsCommand, type WithdrawResult } from './withdraw-reports.command';

/**
 * A report recorded by mistake: one event on the meeting's stream, appended
 * at the revision read, so it cannot cross a concurrent report or cancel.
 * The decision is then judged as if the report had not been made.
 */
@CommandHandler(WithdrawReportsCommand)
export class WithdrawReportsHandler
  implements ICommandHandler<WithdrawReportsCommand, WithdrawResult>
{
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
    private readonly decisions: DecisionQueries,
  ) {}

  async execute({ props }: WithdrawReportsCommand): Promise<WithdrawResult> {
    const { meta, ...data } = props;
    await this.boards.requireForCommand(data.boardId);
    const judgmentOf = this.decisions.judgmentOf(data.boardId);
    let result: WithdrawResult = { withdrawn: [], rejected: [] };
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(data.boardId, data.meetingId),
      meetingFold,
      (state) => {
        const decided = withdrawReports({ type: 'WithdrawReports', data }, state, judgmentOf);
        result = { withdrawn: decided.withdrawn, rejected: decided.rejected };
        return decided.events;
      },
      meta,
    );
    return result;
  }
}
