import { Command } from '@nestjs/cqrs';
import type { RecordDecision } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export interface RecordOutcome {
  readonly decisionId: string;
  readonly status: 'created' | 'unchanged';
  readonly position: number | undefined;
}

/** `sourceSystem` is the token's name over HTTP, the message's sourceSystem over Kafka. */
export type RecordDecisionProps = CommandProps<
  RecordDecision['data'],
  'decisionId' | 'receivedOn'
> & {
  /** false when the caller waits for the read side itself (a batch or a Kafka chunk waits once) */
  readonly settle?: boolean;
};

export class RecordDecisionCommand extends Command<RecordOutcome> {
  constructor(readonly props: RecordDecisionProps) {
    super();
  }
}
