import { Command } from '@nestjs/cqrs';
import type { CommandMeta } from '../../application/command-meta';

export interface BatchResult {
  readonly externalId: string | null;
  readonly status: 'created' | 'unchanged' | 'rejected';
  readonly decisionId?: string;
  readonly error?: string;
}

export class RecordDecisionsBatchCommand extends Command<{ results: BatchResult[] }> {
  constructor(
    readonly props: {
      readonly boardId: string;
      readonly sourceSystem: string;
      /** unvalidated: each item is validated alone, so one bad item is rejected alone */
      readonly items: readonly unknown[];
      readonly meta: CommandMeta;
    },
  ) {
    super();
  }
}
