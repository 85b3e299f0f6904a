import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionData } from 'express-session';
import { SqliteSessionStore } from './sqlite-session.store';

const HOUR = 3_600_000;

describe('the SQLite session store', () => {
  let dir: string;
  let now: number;
  const open = () => new SqliteSessionStore(join(dir, 'sessions.sqlite'), HOUR, () => now);
  const data = (expires?: number) =>
    ({
      cookie: { expires: expires === undefined ? undefined : new Date(expires) },
      tokenHash: 'h',
    }) as unknown as SessionData;
  const get = (store: SqliteSessionStore, sid: string) =>
    new Promise<SessionData | null | undefined>((resolve, reject) =>
      store.get(sid, (err, session) => (err ? reject(err) : resolve(session))),
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ui-sessions-'));
    now = Date.parse('2023-06-01T08:00:00Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a stored session, when the store is opened again (a restart), then it is still there', async () => {
    const store = open();
    store.set('sid-1', data(now + HOUR));
    store.close();
    const again = open();
    await expect(get(again, 'sid-1')).resolves.toMatchObject({ tokenHash: 'h' });
    again.close();
  });

  it('given a session past its expiry, then it is gone', async () => {
    const store = open();
    store.set('sid-1', data(now + HOUR));
    now += HOUR + 1;
    await expect(get(store, 'sid-1')).resolves.toBeNull();
    store.close();
  });

  it('given a touch, then the expiry moves', async () => {
    const store = open();
    store.set('sid-1', data(now + HOUR));
    store.touch('sid-1', data(now + 3 * HOUR));
    now += 2 * HOUR;
    await expect(get(store, 'sid-1')).resolves.toMatchObject({ tokenHash: 'h' });
    store.close();
  });

  it('given a destroyed session, then it is gone', async () => {
    const store = open();
    store.set('sid-1', data());
    store.destroy('sid-1');
    await expect(get(store, 'sid-1')).resolves.toBeNull();
    store.close();
  });
});
