import type { CommandMeta } from '../../application/command-meta';
import { RecordDecisionCommand } from './record-decision.command';
import type { RecordDecisionDto } from './record-decision.request.dto';

/** A DecisionRecorded message of kafka.md, validated by the same DTO as POST …/decisions. */
export interface DecisionRecordedMessage {
  readonly type: 'DecisionRecorded';
  readonly boardId: string;
  readonly sourceSystem: string;
  readonly decision: RecordDecisionDto;
}

/** Recording is idempotent by content, so a replay needs no check; the consumer settles once per chunk. */
export function recordDecisionFromMessage(
  { boardId, sourceSystem, decision }: DecisionRecordedMessage,
  meta: CommandMeta,
): RecordDecisionCommand {
  return new RecordDecisionCommand({ ...decision, boardId, sourceSystem, meta, settle: false });
}
