import { randomUUID } from 'node:crypto';
import {
  type AllFilter,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from './event-store.port';

export interface OpenedStore {
  readonly store: EventStore;
  readonly close: () => Promise<void>;
}

/** Waits for a condition with a deadline: no sleeps in tests. */
async function eventually<T>(probe: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function event(type = 'Happened', data: unknown = { n: 1 }): EventToAppend {
  return { id: randomUUID(), type, data, metadata: { actor: 'contract', correlationId: 'c-1' } };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * The one contract every event store must pass, run unchanged against the
 * in-memory store, the SQLite store and (when a server is given) EventStoreDB.
 * Stream ids carry a fresh prefix per test, so it can share a server with
 * other data.
 */
export function describeEventStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`event store contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;
    let prefix: string;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      prefix = `t${randomUUID().replace(/-/g, '')}-`;
    });
    afterEach(() => opened.close());

    const ownEvents = async (): Promise<RecordedEvent[]> =>
      store.readAll({ filter: { streamPrefixes: [prefix] } });

    describe('append with an expected revision', () => {
      it('given no stream, when appending with no_stream, then the events are at revisions 0..n', async () => {
        const events = [event('A', { a: 1 }), event('B', { b: [1, 2] })];
        const result = await store.appendToStream(`${prefix}s`, events, {
          expectedRevision: 'no_stream',
        });

        expect(result.nextExpectedRevision).toBe(1);
        const stored = await store.readStream(`${prefix}s`);
        expect(stored.map((e) => [e.id, e.revision, e.type, e.data])).toEqual([
          [events[0].id, 0, 'A', { a: 1 }],
          [events[1].id, 1, 'B', { b: [1, 2] }],
        ]);
        expect(stored[1].position).toBe(result.position);
        expect(stored[0].position).toBeLessThan(stored[1].position);
        expect(stored[0].metadata).toMatchObject({ actor: 'contract', correlationId: 'c-1' });
        expect(new Date(stored[0].recordedAt).toISOString()).toBe(stored[0].recordedAt);
      });

      it('given a stream, when appending with no_stream, then a typed error carries the actual revision', async () => {
        await store.appendToStream(`${prefix}s`, [event(), event()], {
          expectedRevision: 'no_stream',
        });

        const error = await rejection(
          store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 'no_stream' }),
        );
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(1);
        expect(await store.readStream(`${prefix}s`)).toHaveLength(2);
      });

      it('given no stream, when appending with stream_exists or a revision, then it is refused with actual no_stream', async () => {
        for (const expectedRevision of ['stream_exists', 0] as const) {
          const error = await rejection(
            store.appendToStream(`${prefix}s`, [event()], { expectedRevision }),
          );
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect((error as WrongExpectedRevisionError).actual).toBe('no_stream');
        }
        expect(await store.readStream(`${prefix}s`)).toEqual([]);
      });

      it('given a stream at revision 1, then revision 1 and stream_exists and any append, revision 0 is refused', async () => {
        await store.appendToStream(`${prefix}s`, [event(), event()], {
          expectedRevision: 'no_stream',
        });

        await expect(
          store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 1 }),
        ).resolves.toMatchObject({ nextExpectedRevision: 2 });
        await expect(
          store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 'stream_exists' }),
        ).resolves.toMatchObject({ nextExpectedRevision: 3 });
        await expect(
          store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 'any' }),
        ).resolves.toMatchObject({ nextExpectedRevision: 4 });
        const error = await rejection(
          store.appendToStream(`${prefix}s`, [event(), event()], { expectedRevision: 0 }),
        );
        expect((error as WrongExpectedRevisionError).actual).toBe(4);
        expect(await store.readStream(`${prefix}s`)).toHaveLength(5);
      });

      it('when the same event ids are appended again with the same expected revision, then nothing is duplicated', async () => {
        const events = [event(), event()];
        const first = await store.appendToStream(`${prefix}s`, events, {
          expectedRevision: 'no_stream',
        });
        const again = await store.appendToStream(`${prefix}s`, events, {
          expectedRevision: 'no_stream',
        });

        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await store.readStream(`${prefix}s`)).toHaveLength(2);
        expect(await ownEvents()).toHaveLength(2);
      });

      it('when several writers append to one stream at the same revision, then exactly one wins', async () => {
        await store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 'no_stream' });

        const outcomes = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            store.appendToStream(`${prefix}s`, [event('W', { writer: i })], {
              expectedRevision: 0,
            }),
          ),
        );
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(9);
        for (const loss of lost) {
          expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(loss.reason.actual).toBe(1);
        }
        expect(await store.readStream(`${prefix}s`)).toHaveLength(2);
      });

      it('when several writers create the same stream with no_stream, then exactly one wins', async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, () =>
            store.appendToStream(`${prefix}s`, [event()], { expectedRevision: 'no_stream' }),
          ),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream(`${prefix}s`)).toHaveLength(1);
      });
    });

    describe('reading', () => {
      it('reads one stream forwards and backwards, from a revision, up to a count', async () => {
        const events = Array.from({ length: 5 }, (_, n) => event('N', { n }));
        await store.appendToStream(`${prefix}s`, events, { expectedRevision: 'no_stream' });
        const ns = (list: RecordedEvent[]): unknown[] =>
          list.map((e) => (e.data as { n: number }).n);

        expect(ns(await store.readStream(`${prefix}s`, { fromRevision: 2, maxCount: 2 }))).toEqual([
          2, 3,
        ]);
        expect(ns(await store.readStream(`${prefix}s`, { direction: 'backwards' }))).toEqual([
          4, 3, 2, 1, 0,
        ]);
        expect(
          ns(
            await store.readStream(`${prefix}s`, {
              direction: 'backwards',
              fromRevision: 3,
              maxCount: 2,
            }),
          ),
        ).toEqual([3, 2]);
        expect(await store.readStream(`${prefix}missing`)).toEqual([]);
      });

      it('reads all streams in one total order, after a position, filtered by stream prefix or event type', async () => {
        await store.appendToStream(`${prefix}a-1`, [event('X')], { expectedRevision: 'no_stream' });
        await store.appendToStream(`${prefix}b-1`, [event('Y')], { expectedRevision: 'no_stream' });
        await store.appendToStream(`${prefix}a-2`, [event('Y'), event('X')], {
          expectedRevision: 'no_stream',
        });

        const all = await ownEvents();
        expect(all.map((e) => `${e.streamId.slice(prefix.length)}:${e.type}`)).toEqual([
          'a-1:X',
          'b-1:Y',
          'a-2:Y',
          'a-2:X',
        ]);
        expect(all.every((e, i) => i === 0 || e.position > all[i - 1].position)).toBe(true);

        const afterFirst = await store.readAll({
          after: all[0].position,
          filter: { streamPrefixes: [prefix] },
        });
        expect(afterFirst.map((e) => e.id)).toEqual(all.slice(1).map((e) => e.id));
        const onlyA = await store.readAll({ filter: { streamPrefixes: [`${prefix}a-`] } });
        expect(onlyA).toHaveLength(3);
        const ys = await store.readAll({ filter: { streamPrefixes: [prefix], eventTypes: ['Y'] } });
        expect(ys.map((e) => e.streamId)).toEqual([`${prefix}b-1`, `${prefix}a-2`]);
        const two = await store.readAll({ filter: { streamPrefixes: [prefix] }, maxCount: 2 });
        expect(two.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
        expect(await store.headPosition()).toBeGreaterThanOrEqual(all[3].position);
      });

      describe('up to a position (inclusive)', () => {
        let all: RecordedEvent[];
        const own = (): AllFilter => ({ streamPrefixes: [prefix] });
        const ids = (list: RecordedEvent[]): string[] => list.map((e) => e.id);

        beforeEach(async () => {
          await store.appendToStream(`${prefix}a-1`, [event('X')], {
            expectedRevision: 'no_stream',
          });
          await store.appendToStream(`${prefix}b-1`, [event('Y')], {
            expectedRevision: 'no_stream',
          });
          await store.appendToStream(`${prefix}a-2`, [event('Y'), event('X')], {
            expectedRevision: 'no_stream',
          });
          all = await ownEvents();
        });

        it('given four events, when reading to the second, then the first two come back', async () => {
          expect(ids(await store.readAll({ to: all[1].position, filter: own() }))).toEqual(
            ids(all.slice(0, 2)),
          );
        });

        it('given four events, when reading after the first and to the third, then the second and third come back', async () => {
          const read = await store.readAll({
            after: all[0].position,
            to: all[2].position,
            filter: own(),
          });
          expect(ids(read)).toEqual(ids(all.slice(1, 3)));
        });

        it('when to is before after, or equal to it, then nothing comes back', async () => {
          expect(
            await store.readAll({ after: all[2].position, to: all[1].position, filter: own() }),
          ).toEqual([]);
          expect(
            await store.readAll({ after: all[1].position, to: all[1].position, filter: own() }),
          ).toEqual([]);
        });

        it('when to is 0, then nothing comes back: no event lies at or before it', async () => {
          expect(await store.readAll({ to: 0, filter: own() })).toEqual([]);
        });

        it('when to is beyond the end of the log, then everything comes back', async () => {
          expect(ids(await store.readAll({ to: Number.MAX_SAFE_INTEGER, filter: own() }))).toEqual(
            ids(all),
          );
          expect(ids(await store.readAll({ to: all[3].position, filter: own() }))).toEqual(
            ids(all),
          );
        });

        it('given a filter or a count, then the bound applies to what they keep', async () => {
          const ys = await store.readAll({
            to: all[2].position,
            filter: { streamPrefixes: [prefix], eventTypes: ['Y'] },
          });
          expect(ys.map((e) => e.streamId)).toEqual([`${prefix}b-1`, `${prefix}a-2`]);
          const onlyA = await store.readAll({
            to: all[2].position,
            filter: { streamPrefixes: [`${prefix}a-`] },
          });
          expect(ids(onlyA)).toEqual([all[0].id, all[2].id]);
          const xsBeforeTheLast = await store.readAll({
            to: all[2].position,
            filter: { streamPrefixes: [prefix], eventTypes: ['X'] },
          });
          expect(ids(xsBeforeTheLast)).toEqual([all[0].id]);
          const firstOfThree = await store.readAll({
            to: all[2].position,
            maxCount: 1,
            filter: own(),
          });
          expect(ids(firstOfThree)).toEqual([all[0].id]);
        });

        it('given a position read earlier, when more is appended, then reading to it gives the log as it stood', async () => {
          const head = all[3].position;
          await store.appendToStream(`${prefix}a-1`, [event('Z')], { expectedRevision: 0 });
          await store.appendToStream(`${prefix}c-1`, [event('Z')], {
            expectedRevision: 'no_stream',
          });

          expect(await ownEvents()).toHaveLength(6);
          expect(ids(await store.readAll({ to: head, filter: own() }))).toEqual(ids(all));
        });
      });

      it('keeps large events and unicode intact', async () => {
        const large = {
          text: 'ä'.repeat(512 * 1024),
          list: Array.from({ length: 2000 }, (_, i) => i),
        };
        const unicode = {
          name: 'Individ- och familjeomsorgsnämnden',
          emoji: '✅ 🏛️',
          nul: 'a\u0000b',
          rtl: 'مرحبا',
        };
        await store.appendToStream(
          `${prefix}nämnd-ö`,
          [event('Large', large), event('Unicode', unicode)],
          {
            expectedRevision: 'no_stream',
          },
        );

        const [readLarge, readUnicode] = await store.readStream(`${prefix}nämnd-ö`);
        expect(readLarge.data).toEqual(large);
        expect(readUnicode.data).toEqual(unicode);
      });

      it('keeps one strictly increasing order under concurrent appends to many streams', async () => {
        const streams = Array.from({ length: 200 }, (_, i) => `${prefix}m-${i}`);
        await Promise.all(
          streams.map(async (streamId) => {
            await store.appendToStream(streamId, [event('First')], {
              expectedRevision: 'no_stream',
            });
            await store.appendToStream(streamId, [event('Second'), event('Third')], {
              expectedRevision: 0,
            });
          }),
        );

        const all = await ownEvents();
        expect(all).toHaveLength(600);
        expect(new Set(all.map((e) => e.position)).size).toBe(600);
        expect(all.every((e, i) => i === 0 || e.position > all[i - 1].position)).toBe(true);
        const seen = new Map<string, number>();
        for (const e of all) {
          expect(e.revision).toBe((seen.get(e.streamId) ?? -1) + 1);
          seen.set(e.streamId, e.revision);
        }
        expect(seen.size).toBe(200);
      });
    });

    describe('catch-up subscription', () => {
      it('delivers history after the checkpoint, then live appends, each exactly once, in order', async () => {
        const early = Array.from({ length: 5 }, (_, n) => event('N', { n }));
        await store.appendToStream(`${prefix}s`, early, { expectedRevision: 'no_stream' });
        const [, second] = await ownEvents();

        const delivered: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({
          after: second.position,
          filter: { streamPrefixes: [prefix] },
          handle: (events) => {
            delivered.push(...events);
          },
        });
        try {
          await eventually(() => (delivered.length >= 3 ? true : undefined), 'history');
          await store.appendToStream(`${prefix}s`, [event('N', { n: 5 })], { expectedRevision: 4 });
          await store.appendToStream(`${prefix}t`, [event('N', { n: 6 })], {
            expectedRevision: 'no_stream',
          });
          await eventually(() => (delivered.length >= 5 ? true : undefined), 'live events');
        } finally {
          await subscription.stop();
        }
        expect(delivered.map((e) => (e.data as { n: number }).n)).toEqual([2, 3, 4, 5, 6]);
        expect(subscription.lastPosition()).toBe(delivered[4].position);
      });

      it('resumes from a stored checkpoint without skipping or repeating', async () => {
        for (let n = 0; n < 6; n++) {
          await store.appendToStream(`${prefix}s`, [event('N', { n })], {
            expectedRevision: n - 1 < 0 ? 'no_stream' : n - 1,
          });
        }
        const delivered: number[] = [];
        let checkpoint: number | undefined;
        const first = store.subscribeToAll({
          filter: { streamPrefixes: [prefix] },
          maxBatchSize: 2,
          handle: (events) => {
            const e = events[0];
            delivered.push((e.data as { n: number }).n);
            checkpoint = e.position;
            // a subscriber that stops after its first event: the checkpoint is what it made durable
            throw new Error('stop here');
          },
        });
        await eventually(() => checkpoint, 'the first event');
        await first.stop();

        const second = store.subscribeToAll({
          after: checkpoint,
          filter: { streamPrefixes: [prefix] },
          handle: (events) => {
            delivered.push(...events.map((e) => (e.data as { n: number }).n));
          },
        });
        try {
          await eventually(() => (delivered.length >= 6 ? true : undefined), 'the rest');
        } finally {
          await second.stop();
        }
        expect(delivered).toEqual([0, 1, 2, 3, 4, 5]);
      });

      it('filters by event type and tells onError when the handler fails', async () => {
        await store.appendToStream(`${prefix}s`, [event('Keep'), event('Drop'), event('Keep')], {
          expectedRevision: 'no_stream',
        });
        const kept: string[] = [];
        let failure: unknown;
        const subscription = store.subscribeToAll({
          filter: { streamPrefixes: [prefix], eventTypes: ['Keep'] },
          handle: (events) => {
            kept.push(...events.map((e) => e.type));
            if (kept.length >= 2) throw new Error('handler broke');
          },
          onError: (error) => {
            failure = error;
          },
        });
        await eventually(() => failure, 'the handler error');
        await subscription.stop();
        expect(kept).toEqual(['Keep', 'Keep']);
        expect(String(failure)).toContain('handler broke');
      });
    });
  });
}
