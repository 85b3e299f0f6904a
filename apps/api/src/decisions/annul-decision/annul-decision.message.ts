import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { CommandMeta } from '../../application/command-meta';
import { ReasonDto } from '../../application/input/reason.dto';
import { AnnulDecisionCommand } from './annul-decision.command';

/** The body of POST …/{decisionId}/annul, naming the decision by externalId. */
export class AnnulledMessageBodyDto extends ReasonDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId!: string;
}

/** A DecisionAnnulled message of kafka.md. */
export interface DecisionAnnulledMessage {
  readonly type: 'DecisionAnnulled';
  readonly boardId: string;
  readonly sourceSystem: string;
  readonly externalId: string;
  readonly reason: string;
}

/** The message's source system may annul only what it sent itself. */
export function annulDecisionFromMessage(
  { boardId, sourceSystem, reason }: DecisionAnnulledMessage,
  decisionId: string,
  meta: CommandMeta,
): AnnulDecisionCommand {
  return new AnnulDecisionCommand({
    boardId,
    decisionId,
    reason,
    actingSourceSystem: sourceSystem,
    meta,
  });
}
