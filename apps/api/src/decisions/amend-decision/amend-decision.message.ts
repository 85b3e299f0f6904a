import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { CommandMeta } from '../../application/command-meta';
import { AmendDecisionCommand } from './amend-decision.command';
import { AmendDecisionDto, type DecisionChangesDto } from './amend-decision.request.dto';

/** The body of POST …/{decisionId}/amend, naming the decision by externalId as a source system does. */
export class AmendedMessageBodyDto extends AmendDecisionDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId!: string;
}

/** A DecisionAmended message of kafka.md. */
export interface DecisionAmendedMessage {
  readonly type: 'DecisionAmended';
  readonly boardId: string;
  readonly sourceSystem: string;
  readonly externalId: string;
  readonly changes: DecisionChangesDto;
  readonly reason: string;
}

/** The message's source system may change only what it sent itself. */
export function amendDecisionFromMessage(
  { boardId, sourceSystem, changes, reason }: DecisionAmendedMessage,
  decisionId: string,
  meta: CommandMeta,
): AmendDecisionCommand {
  return new AmendDecisionCommand({
    boardId,
    decisionId,
    changes,
    reason,
    actingSourceSystem: sourceSystem,
    meta,
  });
}
