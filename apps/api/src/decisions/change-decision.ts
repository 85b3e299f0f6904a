import { type DecisionCommand, decisionDecider } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import type { StreamCommands } from '../application/stream-commands.service';
import type { BoardDirectory } from '../application/board-directory.service';
import { streamIds } from '../event-store/streams';
import type { ChangeOutcome } from './decision-change.types';

/**
 * Amend and annul alike: load the decision's stream, let the decider check
 * the board, the source system's authority and the change, append, and wait
 * for the read side.
 */
export async function changeDecision(
  streams: StreamCommands,
  boards: BoardDirectory,
  command: Extract<DecisionCommand, { type: 'AmendDecision' | 'AnnulDecision' }>,
  meta: CommandMeta,
): Promise<ChangeOutcome> {
  const { boardId, decisionId } = command.data;
  await boards.requireForCommand(boardId);
  const outcome = await streams.decideAndSettle(
    streamIds.decision(decisionId),
    decisionDecider,
    (state) => decisionDecider.decide(command, state),
    meta,
  );
  return { decisionId, position: outcome.position, changed: outcome.events.length > 0 };
}
