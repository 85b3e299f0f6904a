import { ForbiddenException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type DecisionCommand,
  DecisionNotFoundError,
  type DecisionState,
  decisionDecider,
} from '@delegationsbeslut/domain';
import { StreamCommands } from '../../application/stream-commands';
import { BoardDirectory } from '../../boards/board-directory';
import { streamIds } from '../../event-store/streams';
import {
  AmendDecisionCommand,
  AnnulDecisionCommand,
  type ChangeAuthority,
  type ChangeOutcome,
} from './amend-decision.command';

/** The decision must be of this board, and a source system may change only what it sent. */
function guarded(boardId: string, decisionId: string, authority: ChangeAuthority, command: DecisionCommand) {
  return (state: DecisionState) => {
    if (state.status === 'absent' || state.facts.boardId !== boardId) throw new DecisionNotFoundError(decisionId);
    if (authority.sourceSystem !== undefined && state.facts.sourceSystem !== authority.sourceSystem) {
      throw new ForbiddenException(`decision ${decisionId} was sent by another source system`);
    }
    return decisionDecider.decide(command, state);
  };
}

async function change(
  streams: StreamCommands,
  boards: BoardDirectory,
  c: { boardId: string; decisionId: string; authority: ChangeAuthority; meta: AmendDecisionCommand['meta'] },
  command: DecisionCommand,
): Promise<ChangeOutcome> {
  boards.require(c.boardId);
  const outcome = await streams.execute(
    streamIds.decision(c.decisionId),
    decisionDecider,
    guarded(c.boardId, c.decisionId, c.authority, command),
    c.meta,
  );
  await streams.settled(outcome.position);
  return { decisionId: c.decisionId, position: outcome.position };
}

@CommandHandler(AmendDecisionCommand)
export class AmendDecisionHandler implements ICommandHandler<AmendDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AmendDecisionCommand): Promise<ChangeOutcome> {
    return change(this.streams, this.boards, c, {
      type: 'AmendDecision',
      data: { boardId: c.boardId, decisionId: c.decisionId, changes: c.changes, reason: c.reason },
    });
  }
}

@CommandHandler(AnnulDecisionCommand)
export class AnnulDecisionHandler implements ICommandHandler<AnnulDecisionCommand, ChangeOutcome> {
  constructor(
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  execute(c: AnnulDecisionCommand): Promise<ChangeOutcome> {
    return change(this.streams, this.boards, c, {
      type: 'AnnulDecision',
      data: { boardId: c.boardId, decisionId: c.decisionId, reason: c.reason },
    });
  }
}
