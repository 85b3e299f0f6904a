import {
  type AllStreamResolvedEvent,
  type AppendResult as EsdbAppendResult,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  type Position,
  type ReadPosition,
  START,
  StreamNotFoundError,
  type StreamingRead,
} from '@eventstore/db-client';
import {
  type AppendResult,
  type EventStore,
  EventStoreUnavailableError,
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
import {
  isSystemEvent,
  toAppendError,
  toEsdbExpectedRevision,
  toEventData,
  toPortError,
  toRecordedEvent,
} from './esdb-mapping';
import {
  appendedPosition,
  comparePositions,
  toEsdbPosition,
  toPortPosition,
} from './esdb-positions';
import { EsdbSubscription } from './esdb-subscription';

/** events fetched per round trip when walking $all (the 6.2.1 client cannot filter reads on the server) */
const ALL_PAGE = 512;
/** events fetched per round trip when looking backwards for the newest non-system event */
const HEAD_PAGE = 32;

/**
 * The event-store port on EventStoreDB (gRPC, `@eventstore/db-client` 6.x).
 * The port's semantics are ESDB's own, so most calls map one to one; the
 * translations are positions (see esdb-positions.ts), bigint revisions,
 * errors, and the system events ESDB keeps in $all, which the port never shows.
 */
export class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<EsdbSubscription>();
  private closed = false;

  constructor(private readonly client: EventStoreDBClient) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    this.ensureOpen();
    const expected = options.expectedRevision;
    if (events.length === 0) return this.appendNothing(streamId, expected);

    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      });
    } catch (error) {
      throw toAppendError(error, streamId, expected);
    }
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    const position =
      appendedPosition(result.position) ?? (await this.positionAt(streamId, nextExpectedRevision));
    return { nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.ensureOpen();
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const defaultStart = backwards ? END : START;
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision:
          options.fromRevision === undefined ? defaultStart : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      const events: RecordedEvent[] = [];
      for await (const resolved of read) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
      }
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toPortError(error, `read of stream ${streamId}`);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.ensureOpen();
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    const result: RecordedEvent[] = [];
    if (max <= 0) return result;
    // nothing lies after `after` and at or before `to` (this also answers a
    // negative `to`, which toEsdbPosition would refuse as no ESDB position)
    if (options.to !== undefined && options.to <= (options.after ?? -1)) return result;
    const upTo = options.to === undefined ? undefined : toEsdbPosition(options.to);
    // readAll's fromPosition is inclusive, so the cursor event itself comes back first and is skipped
    let cursor: Position | undefined =
      options.after === undefined ? undefined : toEsdbPosition(options.after);
    for (;;) {
      const page = await this.readAllPage(FORWARDS, cursor ?? START, ALL_PAGE);
      let fresh = 0;
      for (const { event } of page) {
        if (!event || (cursor && comparePositions(event.position, cursor) <= 0)) continue;
        // $all is in position order, so the first event past `to` ends the read,
        // system events included: later pages can hold nothing at or before it
        if (upTo && comparePositions(event.position, upTo) > 0) return result;
        cursor = event.position;
        fresh += 1;
        if (isSystemEvent(event)) continue;
        const recorded = toRecordedEvent(event);
        if (!matchesFilter(recorded, options.filter)) continue;
        result.push(recorded);
        if (result.length >= max) return result;
      }
      if (page.length < ALL_PAGE || fresh === 0) return result;
    }
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.ensureOpen();
    const subscription: EsdbSubscription = new EsdbSubscription(this.client, options, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number | undefined> {
    this.ensureOpen();
    let from: ReadPosition = END;
    let cursor: Position | undefined;
    for (;;) {
      const page = await this.readAllPage(BACKWARDS, from, HEAD_PAGE);
      let fresh = 0;
      for (const { event } of page) {
        if (!event || (cursor && comparePositions(event.position, cursor) >= 0)) continue;
        cursor = event.position;
        fresh += 1;
        if (!isSystemEvent(event)) {
          return toPortPosition(event.position, `${event.streamId}@${event.revision}`);
        }
      }
      if (page.length < HEAD_PAGE || fresh === 0 || !cursor) return undefined;
      from = cursor;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** ESDB answers an empty append without a usable revision; the port still wants the check */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const actual = last ? last.revision : 'no_stream';
    if (!revisionMatches(expected, actual)) {
      throw new WrongExpectedRevisionError(streamId, expected, actual);
    }
    return {
      nextExpectedRevision: last ? last.revision : -1,
      position: last?.position ?? (await this.headPosition()) ?? 0,
    };
  }

  /** the position of one event, read back by its revision */
  private async positionAt(streamId: string, revision: number): Promise<number> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) {
      throw new Error(
        `EventStoreDB did not return ${streamId}@${revision} right after appending it`,
      );
    }
    return event.position;
  }

  private async readAllPage(
    direction: typeof FORWARDS | typeof BACKWARDS,
    fromPosition: ReadPosition,
    maxCount: number,
  ): Promise<AllStreamResolvedEvent[]> {
    try {
      return await collect(this.client.readAll({ direction, fromPosition, maxCount }));
    } catch (error) {
      throw toPortError(error, 'read of $all');
    }
  }

  private ensureOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('event store is closed');
  }
}

export function createEsdbEventStore(connectionString: string): EsdbEventStore {
  return new EsdbEventStore(EventStoreDBClient.connectionString(connectionString));
}

async function collect<T>(read: StreamingRead<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
