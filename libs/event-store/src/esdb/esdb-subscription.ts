import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
  START,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
} from '@eventstore/db-client';
import {
  type AllFilter,
  EventStoreUnavailableError,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  matchesFilter,
} from '../event-store.port';
import { isSystemEvent, toPortError, toRecordedEvent } from './esdb-mapping';
import { toEsdbPosition } from './esdb-positions';

const DEFAULT_BATCH = 500;

/**
 * A catch-up subscription to $all, filtered on the server, delivered to the
 * subscriber one batch at a time.
 *
 * The client's subscription is a readable stream; we never attach a `data`
 * listener but pull with `read()`, so the stream's buffer (sized to one batch)
 * and gRPC flow control hold the server back while a batch is being handled.
 * One loop takes whatever is buffered, hands it over, awaits the handler, and
 * only then looks again: batches cannot overlap.
 */
export class EsdbSubscription implements Subscription {
  private readonly source: AllStreamSubscription;
  private readonly running: Promise<void>;
  private readonly maxBatch: number;
  private stopped = false;
  private delivered: number | undefined;
  /** the highest position seen, delivered or not: nothing at or before it is handed over */
  private seen: number;
  private failure: unknown;
  private ended = false;
  private wake: (() => void) | undefined;
  private signalled = false;

  constructor(
    client: EventStoreDBClient,
    private readonly options: SubscribeOptions,
    onFinished: () => void,
  ) {
    this.delivered = options.after;
    this.seen = options.after ?? -1;
    this.maxBatch = Math.max(1, options.maxBatchSize ?? DEFAULT_BATCH);
    this.source = client.subscribeToAll(
      {
        fromPosition: options.after === undefined ? START : toEsdbPosition(options.after),
        filter: serverFilter(options.filter),
      },
      { highWaterMark: this.maxBatch },
    );
    // listeners stay attached for the stream's whole life: an `error` without one would crash the process
    this.source.on('readable', this.signal);
    this.source.on('error', (error: unknown) => {
      this.failure ??= error;
      this.signal();
    });
    this.source.on('end', () => {
      this.ended = true;
      this.signal();
    });

    this.running = this.loop().then(
      () => this.release(),
      async (error: unknown) => {
        this.stopped = true;
        await this.release();
        this.options.onError?.(error);
      },
    );
    void this.running.then(onFinished, onFinished);
  }

  lastPosition = (): number | undefined => this.delivered;

  async stop(): Promise<void> {
    this.stopped = true;
    this.signal();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const events = this.takeBatch();
      if (events.length === 0) {
        // the buffer is drained; events buffered before a failure were delivered first
        if (this.failure !== undefined) throw toPortError(this.failure, 'subscription to $all');
        if (this.ended) {
          throw new EventStoreUnavailableError('EventStoreDB ended the subscription to $all');
        }
        await this.nextSignal();
        continue;
      }
      await this.options.handle(events);
      this.delivered = events[events.length - 1].position;
    }
  }

  /** what the stream has buffered, filtered, up to one batch; empty only when the buffer is drained */
  private takeBatch(): RecordedEvent[] {
    const batch: RecordedEvent[] = [];
    while (batch.length < this.maxBatch) {
      const next = this.source.read() as AllStreamResolvedEvent | null;
      if (next === null) break;
      const event = next.event;
      if (!event || isSystemEvent(event)) continue;
      const recorded = toRecordedEvent(event);
      if (recorded.position <= this.seen) continue;
      this.seen = recorded.position;
      // the server filters by prefix; event types must match exactly
      if (matchesFilter(recorded, this.options.filter)) batch.push(recorded);
    }
    return batch;
  }

  private readonly signal = (): void => {
    const wake = this.wake;
    this.wake = undefined;
    if (wake) wake();
    else this.signalled = true;
  };

  private nextSignal(): Promise<void> {
    if (this.signalled) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private async release(): Promise<void> {
    try {
      await this.source.unsubscribe();
    } catch {
      // the call never got a stream (the node was unreachable): there is nothing to cancel
    }
    this.source.destroy();
  }
}

/**
 * ESDB takes one server-side filter. Stream prefixes narrow the most, so they
 * win when both are given; type prefixes otherwise (exact types are checked in
 * `keep`); with neither, at least the system events stay on the server.
 */
function serverFilter(filter: AllFilter | undefined): Filter {
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  }
  if (filter?.eventTypes && filter.eventTypes.length > 0) {
    return eventTypeFilter({ prefixes: [...filter.eventTypes] });
  }
  return excludeSystemEvents();
}
