import { randomUUID } from 'node:crypto';

/** Who asked, and which request or message the resulting events belong to (event metadata). */
export interface CommandMeta {
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** the Kafka record a command came from: replays are recognised by it */
  readonly kafka?: { readonly topic: string; readonly partition: number; readonly offset: string };
}

export function commandMeta(
  actor: string,
  correlationId: string = randomUUID(),
  causationId?: string,
): CommandMeta {
  return { actor, correlationId, ...(causationId !== undefined && { causationId }) };
}
