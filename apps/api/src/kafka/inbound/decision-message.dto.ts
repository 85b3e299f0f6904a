import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { AmendDecisionDto } from '../../decisions/amend-decision/amend-decision.dto';
import { ReasonDto } from '../../http/reason.dto';
import { ID_PATTERN } from '../../http/validation';

export const DECISION_MESSAGE_TYPES = [
  'DecisionRecorded',
  'DecisionAmended',
  'DecisionAnnulled',
] as const;
export type DecisionMessageType = (typeof DECISION_MESSAGE_TYPES)[number];

/**
 * What every message of kafka.md carries besides the command's own fields:
 * the board (a path parameter over HTTP) and the source system (the token
 * name over HTTP).
 */
export class DecisionMessageEnvelopeDto {
  @IsIn(DECISION_MESSAGE_TYPES)
  type!: DecisionMessageType;

  @Matches(ID_PATTERN, { message: '$property must be 1–64 characters of a-z 0-9 . _ -' })
  boardId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sourceSystem!: string;
}

/** The body of POST /{decisionId}/amend, naming the decision by externalId as a source system does. */
export class AmendedMessageBodyDto extends AmendDecisionDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId!: string;
}

/** The body of POST /{decisionId}/annul, naming the decision by externalId. */
export class AnnulledMessageBodyDto extends ReasonDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId!: string;
}
