import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
  matchesFilter,
  revisionMatches,
} from '../event-store.port';
import { AppendSignal } from '../shared/append-signal';
import { catchUpSubscription } from '../shared/catch-up-subscription';
import { findIdempotentAppend, readStreamSlice } from '../shared/stream-reads';

/** For fast unit tests: the same semantics as the durable stores, kept in arrays. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly signal = new AppendSignal();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const repeated = findIdempotentAppend(stream, events, options.expectedRevision);
    if (repeated) return repeated;
    const actual = stream.length === 0 ? 'no_stream' : stream.length - 1;
    if (!revisionMatches(options.expectedRevision, actual)) {
      throw new WrongExpectedRevisionError(streamId, options.expectedRevision, actual);
    }
    const recordedAt = this.clock().toISOString();
    for (const event of events) {
      const recorded: RecordedEvent = {
        id: event.id,
        streamId,
        revision: stream.length,
        position: this.log.length + 1,
        type: event.type,
        data: structuredClone(event.data),
        metadata: { ...event.metadata },
        recordedAt,
      };
      stream.push(recorded);
      this.log.push(recorded);
    }
    this.streams.set(streamId, stream);
    this.signal.notify();
    return { nextExpectedRevision: stream.length - 1, position: this.log.length };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return readStreamSlice(this.streams.get(streamId) ?? [], options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const result: RecordedEvent[] = [];
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    // positions are 1-based indexes into the log
    const end = Math.min(this.log.length, options.to ?? Number.POSITIVE_INFINITY);
    for (let i = options.after ?? 0; i < end && result.length < max; i++) {
      if (matchesFilter(this.log[i], options.filter)) result.push(this.log[i]);
    }
    return result;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription((o) => this.readAll(o), this.signal, options);
  }

  async headPosition(): Promise<number | undefined> {
    return this.log.length === 0 ? undefined : this.log.length;
  }

  async close(): Promise<void> {
    this.signal.notify();
  }
}
