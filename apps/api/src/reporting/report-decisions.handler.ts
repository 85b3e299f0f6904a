import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type MeetingEvent,
  type MeetingState,
  reportDecisions,
  type ReportDecisionsOutcome,
} from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { StreamCommands } from '../application/stream-commands.service';
import { BoardDirectory } from '../boards/board-directory.service';
import { DecisionViews } from '../projections/decisions/decisions.queries';
import { streamIds } from '../event-store/streams';
import { meetingFold } from '../meetings/meeting.fold';

export type ReportResult = Pick<ReportDecisionsOutcome, 'reported' | 'rejected'>;

export class ReportDecisionsCommand extends Command<ReportResult> {
  constructor(
    readonly boardId: string,
    readonly meetingId: string,
    readonly decisionIds: readonly string[],
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

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
    private readonly views: DecisionViews,
  ) {}

  async execute({
    boardId,
    meetingId,
    decisionIds,
    meta,
  }: ReportDecisionsCommand): Promise<ReportResult> {
    await this.boards.requireForCommand(boardId);
    const judgmentOf = this.views.judgmentOf(boardId);
    let result: ReportResult = { reported: [], rejected: [] };
    await this.streams.decideAndSettle<MeetingState, MeetingEvent>(
      streamIds.meeting(boardId, meetingId),
      meetingFold,
      (state) => {
        const decided = reportDecisions(
          { type: 'ReportDecisions', data: { boardId, meetingId, decisionIds } },
          state,
          judgmentOf,
        );
        result = { reported: decided.reported, rejected: decided.rejected };
        return decided.events;
      },
      meta,
    );
    return result;
  }
}
