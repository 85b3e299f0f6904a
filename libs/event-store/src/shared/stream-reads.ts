import type {
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  ReadStreamOptions,
  RecordedEvent,
} from '../event-store.port';

/** Slices a stream held as an array (in revision order) as `readStream` asks. */
export function readStreamSlice(
  stream: readonly RecordedEvent[],
  options: ReadStreamOptions,
): RecordedEvent[] {
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (options.direction === 'backwards') {
    const from = Math.min(options.fromRevision ?? stream.length - 1, stream.length - 1);
    return stream.slice(Math.max(0, from - max + 1), from + 1).reverse();
  }
  const from = options.fromRevision ?? 0;
  return stream.slice(from, from + max);
}

/**
 * EventStoreDB's idempotent append: when the same event ids were already
 * appended to this stream, in this order, right after the expected revision,
 * the append is a no-op that answers as the first one did.
 */
export function findIdempotentAppend(
  stream: readonly RecordedEvent[],
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): AppendResult | undefined {
  if (events.length === 0) return undefined;
  const first = stream.findIndex((e) => e.id === events[0].id);
  if (first < 0) return undefined;
  const startMatches =
    expected === 'any' ||
    (expected === 'no_stream' && first === 0) ||
    (expected === 'stream_exists' && first > 0) ||
    expected === first - 1;
  if (!startMatches) return undefined;
  for (let i = 0; i < events.length; i++) {
    if (stream[first + i]?.id !== events[i].id) return undefined;
  }
  const last = stream[first + events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
}
