import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MeetingEvent, type MeetingState, reportDecisions } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { StreamCommands } from '../../application/stream-commands.service';
import { streamIds } from '../../event-store/streams';
import { meetingFold } from '../../meetings/meeting.fold';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { ReportDecisionsCommand, type ReportResult } from './report-decisions.command';

/**
 * The meeting received these decisions: one event on the meeting's stream,
 * appended at the revision read, so a concurrent cancel and report cannot
 * both succeed. Each decision is judged by its current step.
 */
@CommandHandler(ReportDecisionsCommand)
export class ReportDecisionsHandler
  implements ICommandHandler<ReportDecisionsCommand, ReportResult>
{
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
    private readonly decisions: DecisionQueries,
  ) {}

  async execute({ props }: ReportDecisionsCommand): Promise<ReportResult> {
    const { meta, ...data } = props;
    await this.boards.requireForCommand(data.boardId);
    const judgmentOf = this.decisions.judgmentOf(data.boardId);
    let result: ReportResult = { reported: [], rejected: [] };
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(data.boardId, data.meetingId),
      meetingFold,
      (state) => {
        const decided = reportDecisions({ type: 'ReportDecisions', data }, state, judgmentOf);
        result = { reported: decided.reported, rejected: decided.rejected };
        return decided.events;
      },
      meta,
    );
    return result;
  }
}
