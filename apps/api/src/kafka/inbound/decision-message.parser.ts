import { assertNever } from '@delegationsbeslut/domain';
import { type Validated, validated, validationDetails } from '../../application/input/validation';
import {
  AmendedMessageBodyDto,
  type DecisionAmendedMessage,
} from '../../decisions/amend-decision/amend-decision.message';
import {
  AnnulledMessageBodyDto,
  type DecisionAnnulledMessage,
} from '../../decisions/annul-decision/annul-decision.message';
import type { DecisionRecordedMessage } from '../../decisions/record-decision/record-decision.message';
import { RecordDecisionDto } from '../../decisions/record-decision/record-decision.request.dto';
import {
  DECISION_MESSAGE_TYPES,
  DecisionMessageEnvelopeDto,
  type DecisionMessageType,
} from './decision-message.dto';

interface Envelope {
  readonly boardId: string;
  readonly sourceSystem: string;
}

/**
 * A message of kafka.md, validated exactly as the HTTP edge validates the
 * same command; each slice says what its message is and which command it is.
 */
export type DecisionMessage =
  | DecisionRecordedMessage
  | DecisionAmendedMessage
  | DecisionAnnulledMessage;

/** Why a message can never succeed, before any command runs; `code` is the DLQ's `error-code`. */
export interface MessageRejection {
  readonly code: 'NOT_JSON' | 'UNKNOWN_TYPE' | 'VALIDATION_FAILED';
  readonly message: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export async function parseDecisionMessage(
  value: Buffer | null,
): Promise<DecisionMessage | MessageRejection> {
  if (value === null || value.length === 0)
    return { code: 'NOT_JSON', message: 'the message has no value' };
  let json: unknown;
  try {
    // fatal: invalid UTF-8 is refused, not recorded with replacement characters
    json = JSON.parse(UTF8.decode(value));
  } catch (error) {
    return { code: 'NOT_JSON', message: `the value is not JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { code: 'VALIDATION_FAILED', message: 'the value must be a JSON object' };
  }
  const { type, boardId, sourceSystem, ...body } = json as Record<string, unknown>;
  if (typeof type !== 'string' || !(DECISION_MESSAGE_TYPES as readonly string[]).includes(type)) {
    return {
      code: 'UNKNOWN_TYPE',
      message: `type must be one of ${DECISION_MESSAGE_TYPES.join(', ')}, not ${JSON.stringify(type)}`,
    };
  }
  const envelope = await validated(DecisionMessageEnvelopeDto, { type, boardId, sourceSystem });
  const messageType = type as DecisionMessageType;
  switch (messageType) {
    case 'DecisionRecorded': {
      const decision = await validated(RecordDecisionDto, body);
      return combine(envelope, decision, (e, d) => ({ type: messageType, ...e, decision: d }));
    }
    case 'DecisionAmended': {
      const amended = await validated(AmendedMessageBodyDto, body);
      return combine(envelope, amended, (e, a) => ({
        type: messageType,
        ...e,
        externalId: a.externalId,
        changes: a.changes,
        reason: a.reason,
      }));
    }
    case 'DecisionAnnulled': {
      const annulled = await validated(AnnulledMessageBodyDto, body);
      return combine(envelope, annulled, (e, a) => ({
        type: messageType,
        ...e,
        externalId: a.externalId,
        reason: a.reason,
      }));
    }
    default:
      return assertNever(messageType);
  }
}

export function isRejection(
  parsed: DecisionMessage | MessageRejection,
): parsed is MessageRejection {
  return 'code' in parsed;
}

/** Both parts valid, or every problem of both in one VALIDATION_FAILED (as a 400's details). */
function combine<B, M extends DecisionMessage>(
  envelope: Validated<DecisionMessageEnvelopeDto>,
  body: Validated<B>,
  build: (envelope: Envelope, body: B) => M,
): M | MessageRejection {
  if ('ok' in envelope && 'ok' in body) {
    return build({ boardId: envelope.ok.boardId, sourceSystem: envelope.ok.sourceSystem }, body.ok);
  }
  const details = [
    ...('errors' in envelope ? validationDetails(envelope.errors) : []),
    ...('errors' in body ? validationDetails(body.errors) : []),
  ];
  return { code: 'VALIDATION_FAILED', message: `invalid input: ${details.join('; ')}` };
}
