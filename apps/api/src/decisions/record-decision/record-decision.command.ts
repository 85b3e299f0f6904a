import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../application/command-meta';
import type { RecordDecisionDto } from './record-decision.dto';

export interface RecordOutcome {
  readonly decisionId: string;
  readonly status: 'created' | 'unchanged';
  readonly position: number | undefined;
}

export class RecordDecisionCommand extends Command<RecordOutcome> {
  constructor(
    readonly boardId: string,
    /** the source system's identity: the token name, or the Kafka message's sourceSystem */
    readonly sourceSystem: string,
    readonly decision: RecordDecisionDto,
    readonly meta: CommandMeta,
    /** false when the caller waits for the read side itself (a batch waits once) */
    readonly settle = true,
  ) {
    super();
  }
}
