import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreUnavailableError } from '../event-store.port';
import { SqliteEventStore } from './sqlite-event-store';

const event = () => ({ id: randomUUID(), type: 'Happened', data: {} });

/** Another process holds the write lock of `file` for `ms`, then commits; resolves once it holds it. */
function holdWriteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `
    const db = new (require(${JSON.stringify(require.resolve('better-sqlite3'))}))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ released })));
}

describe('SQLite store while another process holds the write lock', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'es-lock-'));
    file = join(dir, 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given the lock is held briefly, when appending, then the append waits for it, without blocking the event loop, and succeeds', async () => {
    const store = new SqliteEventStore(file);
    await store.appendToStream('s', [event()], { expectedRevision: 'no_stream' });
    const { released } = await holdWriteLock(file, 600);

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    await expect(
      store.appendToStream('s', [event()], { expectedRevision: 0 }),
    ).resolves.toMatchObject({
      nextExpectedRevision: 1,
    });
    clearInterval(ticker);
    // a blocking 600 ms wait would have let the 20 ms timer fire at most once or twice
    expect(ticks).toBeGreaterThanOrEqual(5);
    await released;
    await store.close();
  });

  it('given the lock is held past the wait while the same process holds it, then the event loop was never blocked for long', async () => {
    const store = new SqliteEventStore(file, undefined, { lockWaitMs: 400 });
    await store.appendToStream('s', [event()], { expectedRevision: 'no_stream' });
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    await expect(
      store.appendToStream('s', [event()], { expectedRevision: 0 }),
    ).rejects.toBeInstanceOf(EventStoreUnavailableError);
    clearInterval(ticker);
    holder.exec('COMMIT');
    holder.close();
    expect(ticks).toBeGreaterThanOrEqual(5);
    await store.close();
  });

  it('given the lock is held past the wait, then every append of the group fails as unavailable and none is stored', async () => {
    const store = new SqliteEventStore(file, undefined, { lockWaitMs: 300 });
    await store.appendToStream('s', [event()], { expectedRevision: 'no_stream' });
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');

    const outcomes = await Promise.allSettled([
      store.appendToStream('s', [event()], { expectedRevision: 0 }),
      store.appendToStream('t', [event()], { expectedRevision: 'no_stream' }),
    ]);
    holder.exec('COMMIT');
    holder.close();

    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(EventStoreUnavailableError);
    }
    expect(await store.readStream('s')).toHaveLength(1);
    expect(await store.readStream('t')).toEqual([]);
    await expect(
      store.appendToStream('t', [event()], { expectedRevision: 'no_stream' }),
    ).resolves.toBeDefined();
    await store.close();
  });
});
