import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import type {
  EventStoreDBClient,
  Position,
  ReadAllOptions as EsdbReadAllOptions,
  SubscribeToAllOptions,
} from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../event-store.port';
import { describeEventStoreContract } from '../event-store.contract';
import { createEsdbEventStore, EsdbEventStore } from './esdb-event-store';
import { appendedPosition, toEsdbPosition, toPortPosition } from './esdb-positions';
import { EsdbSubscription } from './esdb-subscription';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
const NOT_RUN =
  'EventStoreDB contract — not run: EVENTSTORE_CONNECTION_STRING is not set ' +
  '(no EventStoreDB can be installed on this machine)';

if (!connectionString) console.warn(NOT_RUN);

const describeWhenServer = connectionString ? describe : describe.skip;

describeWhenServer(
  connectionString ? `EventStoreDB contract (${connectionString})` : NOT_RUN,
  () => {
    // each test opens its own client; the contract's stream ids carry a fresh uuid prefix,
    // so the suite can share a server with other data
    describeEventStoreContract('EventStoreDB', async () => {
      const store = createEsdbEventStore(connectionString as string);
      return { store, close: () => store.close() };
    });
  },
);

describe('EventStoreDB positions', () => {
  it('maps a self-committed event (commit == prepare) to one number and back', () => {
    expect(toPortPosition({ commit: 123456n, prepare: 123456n }, 'e')).toBe(123456);
    expect(toEsdbPosition(123456)).toEqual({ commit: 123456n, prepare: 123456n });
  });

  it('refuses positions one number cannot order', () => {
    expect(() => toPortPosition({ commit: 200n, prepare: 100n }, 'legacy transaction')).toThrow(
      /commit == prepare/,
    );
    expect(() => toPortPosition(undefined, 'no position')).toThrow();
    expect(appendedPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBeUndefined();
    expect(() => toEsdbPosition(-1)).toThrow(RangeError);
  });
});

describe('EventStoreDB adapter with no server listening', () => {
  let unreachable: string;

  beforeAll(async () => {
    // a port that was free a moment ago: connections to it are refused, quickly
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    unreachable = `esdb://127.0.0.1:${port}?tls=false`;
  });

  it('reports appends, reads and the head as unavailable, not as missing streams', async () => {
    const store = createEsdbEventStore(unreachable);
    try {
      const event = { id: randomUUID(), type: 'Happened', data: { n: 1 } };
      await expect(
        store.appendToStream('s-1', [event], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readStream('s-1')).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readAll()).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.headPosition()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('tells onError that the subscription could not run, and stops', async () => {
    const store = createEsdbEventStore(unreachable);
    try {
      const failure = await new Promise<unknown>((resolve) => {
        store.subscribeToAll({ handle: () => undefined, onError: resolve });
      });
      expect(failure).toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('refuses calls once closed', async () => {
    const store = createEsdbEventStore(unreachable);
    await store.close();
    await expect(
      store.appendToStream('s-1', [{ id: randomUUID(), type: 'T', data: {} }], {
        expectedRevision: 'any',
      }),
    ).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });
});

/**
 * A client whose $all is a fixed list at byte-offset positions, read as the
 * server does (fromPosition inclusive, at most maxCount): the contract cannot
 * run here, so this holds readAll's `to` to the contract's semantics.
 */
function fakeAllClient(positions: readonly number[], pagesRead: Position[]): EventStoreDBClient {
  const all = positions.map((position) => {
    const at = BigInt(position);
    const system = position % 7 === 0;
    return {
      event: {
        id: `e-${position}`,
        streamId: system ? '$stats' : `app-${position % 3}`,
        revision: 0n,
        type: system ? '$statsCollected' : 'Happened',
        data: { position },
        metadata: {},
        isJson: true,
        created: new Date(0),
        position: { commit: at, prepare: at },
      },
    };
  });
  return {
    readAll: ({ fromPosition, maxCount }: EsdbReadAllOptions) => {
      const from =
        fromPosition === 'start' || fromPosition === undefined ? undefined : fromPosition;
      if (from !== undefined && from !== 'end') pagesRead.push(from);
      const page = all
        .filter(
          ({ event }) =>
            from === undefined || from === 'end' || event.position.commit >= from.commit,
        )
        .slice(0, Number(maxCount ?? BigInt(all.length)));
      return (async function* () {
        yield* page;
      })();
    },
  } as unknown as EventStoreDBClient;
}

describe('EventStoreDB readAll up to a position (over a hand-fed $all)', () => {
  const positions = Array.from({ length: 1200 }, (_, i) => 1000 + i * 10);
  const userPositions = positions.filter((position) => position % 7 !== 0);

  it('given to, then events after `after` and at or before `to` come back, without system events', async () => {
    const store = new EsdbEventStore(fakeAllClient(positions, []));
    const read = await store.readAll({ after: 1010, to: 1100 });
    expect(read.map((e) => e.position)).toEqual(
      userPositions.filter((position) => position > 1010 && position <= 1100),
    );
  });

  it('given a to between two events or beyond the end, then it bounds like any position', async () => {
    const store = new EsdbEventStore(fakeAllClient(positions, []));
    expect((await store.readAll({ to: 1035 })).map((e) => e.position)).toEqual([
      1000, 1010, 1020, 1030,
    ]);
    expect(await store.readAll({ to: Number.MAX_SAFE_INTEGER })).toHaveLength(userPositions.length);
    expect(await store.readAll({ to: 0 })).toEqual([]);
    expect(await store.readAll({ to: -1 })).toEqual([]);
    expect(await store.readAll({ after: 1100, to: 1050 })).toEqual([]);
  });

  it('given to within the first page, then no further page is read', async () => {
    const pagesRead: Position[] = [];
    const store = new EsdbEventStore(fakeAllClient(positions, pagesRead));
    await store.readAll({ to: 1100 });
    expect(pagesRead).toEqual([]);
    await store.readAll({});
    expect(pagesRead).toHaveLength(2);
  });
});

/** The client's subscription stream, fed by hand: tests the adapter's batching loop, not the server. */
class FakeSubscriptionStream extends Readable {
  unsubscribed = false;
  constructor() {
    super({ objectMode: true, read: () => undefined });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
  emitEvent(position: number, streamId: string, type: string): void {
    const at = BigInt(position);
    this.push({
      event: {
        id: randomUUID(),
        streamId,
        revision: 0n,
        type,
        data: { position },
        metadata: { actor: 'test' },
        isJson: true,
        created: new Date(0),
        position: { commit: at, prepare: at },
      },
    });
  }
}

describe('EventStoreDB subscription loop (over a hand-fed client stream)', () => {
  function fakeClient(
    stream: FakeSubscriptionStream,
    seen: SubscribeToAllOptions[],
  ): EventStoreDBClient {
    return {
      subscribeToAll: (options: SubscribeToAllOptions) => {
        seen.push(options);
        return stream;
      },
    } as unknown as EventStoreDBClient;
  }

  it('hands over batches one at a time, in order, without system events or events up to `after`', async () => {
    const stream = new FakeSubscriptionStream();
    const requested: SubscribeToAllOptions[] = [];
    const batches: number[][] = [];
    let running = 0;
    let overlapped = false;
    let release: () => void = () => undefined;
    const subscription = new EsdbSubscription(
      fakeClient(stream, requested),
      {
        after: 100,
        filter: { streamPrefixes: ['app-'], eventTypes: ['Keep'] },
        maxBatchSize: 2,
        handle: async (events) => {
          overlapped ||= running > 0;
          running += 1;
          batches.push(events.map((e) => e.position));
          if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
          running -= 1;
        },
      },
      () => undefined,
    );
    expect(requested[0].fromPosition).toEqual({ commit: 100n, prepare: 100n });
    expect(requested[0].filter).toMatchObject({ filterOn: 'streamName', prefixes: ['app-'] });

    stream.emitEvent(100, 'app-1', 'Keep'); // the checkpoint itself
    stream.emitEvent(110, 'app-1', 'Keep');
    stream.emitEvent(120, '$settings', 'Keep');
    stream.emitEvent(130, 'app-1', 'Keeper'); // a prefix match on the server, not the type asked for
    stream.emitEvent(140, 'app-2', 'Keep');
    await until(() => batches.length === 1);
    stream.emitEvent(150, 'app-2', 'Keep'); // arrives while the first batch is being handled
    release();
    await until(() => batches.length === 2);
    await subscription.stop();

    expect(batches).toEqual([[110, 140], [150]]);
    expect(overlapped).toBe(false);
    expect(subscription.lastPosition()).toBe(150);
    expect(stream.unsubscribed).toBe(true);
  });

  it('stops after the running batch when asked, and reports a failing handler', async () => {
    const stream = new FakeSubscriptionStream();
    let failure: unknown;
    const subscription = new EsdbSubscription(
      fakeClient(stream, []),
      {
        handle: () => {
          throw new Error('handler broke');
        },
        onError: (error) => (failure = error),
      },
      () => undefined,
    );
    stream.emitEvent(10, 's', 'T');
    await until(() => failure !== undefined);
    await subscription.stop();
    expect(String(failure)).toContain('handler broke');
    expect(subscription.lastPosition()).toBeUndefined();
    expect(stream.unsubscribed).toBe(true);
  });
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
