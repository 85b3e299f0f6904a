import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../application/input/validation';

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

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  boardId!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sourceSystem!: string;
}
