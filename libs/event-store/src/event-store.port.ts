/**
 * The one event-store port. Its semantics are EventStoreDB's, so code written
 * against it behaves the same on the embedded SQLite store, on EventStoreDB and
 * in memory. Every implementation must pass `event-store.contract.ts`.
 */

/** What a stream is expected to look like before an append. */
export type ExpectedRevision =
  | 'any'
  /** the stream must not exist yet */
  | 'no_stream'
  /** the stream must have at least one event */
  | 'stream_exists'
  /** the revision (0-based index) of the stream's last event */
  | number;

export const ANY: ExpectedRevision = 'any';
export const NO_STREAM: ExpectedRevision = 'no_stream';
export const STREAM_EXISTS: ExpectedRevision = 'stream_exists';

export interface EventMetadata {
  /** who caused the event: a token name, a source system, `system` */
  readonly actor?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly [key: string]: unknown;
}

/** An event to append. `id` is a UUID; re-appending the same ids is a no-op. */
export interface EventToAppend<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly streamId: string;
  /** 0-based index of the event within its stream */
  readonly revision: number;
  /** strictly increasing over all streams; the total order of the log */
  readonly position: number;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
  /** when the store recorded it, ISO-8601 UTC */
  readonly recordedAt: string;
}

export interface AppendResult {
  /** the revision of the stream's last event after the append */
  readonly nextExpectedRevision: number;
  /** the position of the last appended event */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** inclusive; defaults to the start (forwards) or the end (backwards) */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface AllFilter {
  /** keep events whose stream id starts with one of these */
  readonly streamPrefixes?: readonly string[];
  /** keep events whose type is one of these */
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** exclusive: events strictly after this position; omit to start at the beginning */
  readonly after?: number;
  /**
   * inclusive: events at or before this position; omit to read to the end.
   * Reading up to a position seen earlier (a checkpoint, an append's
   * position) gives the log as it stood then, whatever was appended since.
   */
  readonly to?: number;
  readonly maxCount?: number;
  readonly filter?: AllFilter;
}

export interface SubscribeOptions {
  /** the subscriber's stored checkpoint (exclusive); omit to start at the beginning */
  readonly after?: number;
  readonly filter?: AllFilter;
  /**
   * Called with events in order, each exactly once, never concurrently; the
   * next batch waits until the promise settles. A subscriber makes its effects
   * and its checkpoint durable together, inside this call. If it throws, the
   * subscription stops and `onError` is told.
   */
  readonly handle: (events: readonly RecordedEvent[]) => Promise<void> | void;
  readonly onError?: (error: unknown) => void;
  readonly maxBatchSize?: number;
}

export interface Subscription {
  /** the position of the last event handed to `handle` successfully */
  readonly lastPosition: () => number | undefined;
  /** resolves once the subscription has stopped; a running batch finishes first */
  stop(): Promise<void>;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;

  /** an empty array when the stream does not exist */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** catch-up subscription to the whole log: history from `after`, then live appends */
  subscribeToAll(options: SubscribeOptions): Subscription;

  /** the position of the last event in the log, or undefined when it is empty */
  headPosition(): Promise<number | undefined>;

  close(): Promise<void>;
}

/** An append's expected revision did not match the stream. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** the stream's revision, or 'no_stream' when it does not exist */
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** The store cannot be reached or refused for a passing reason: retry later. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Whether `actual` (a stream's revision, or 'no_stream') satisfies `expected`. */
export function revisionMatches(expected: ExpectedRevision, actual: number | 'no_stream'): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === 'no_stream';
    case 'stream_exists':
      return actual !== 'no_stream';
    default:
      return actual === expected;
  }
}

export function matchesFilter(event: RecordedEvent, filter: AllFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((p) => event.streamId.startsWith(p))) {
    return false;
  }
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  return true;
}
