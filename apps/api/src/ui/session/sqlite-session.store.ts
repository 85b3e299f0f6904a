import Database from 'better-sqlite3';
import session from 'express-session';

const CLEANUP_EVERY_MS = 60_000;

/**
 * express-session's store in a SQLite file under DATA_DIR, so sessions
 * survive a restart. Our own, small: the one better-sqlite3 store on npm
 * (better-sqlite3-session-store 0.1.0) is unmaintained, starts a cleanup
 * timer that can be neither stopped nor unref'd (an in-process app would
 * never exit) and pins an old date-fns. Expired rows go on writes, at most
 * once a minute.
 */
export class SqliteSessionStore extends session.Store {
  private readonly db: Database.Database;
  private readonly statements: {
    get: Database.Statement<[string, number]>;
    set: Database.Statement<[string, string, number]>;
    touch: Database.Statement<[number, string]>;
    destroy: Database.Statement<[string]>;
    cleanup: Database.Statement<[number]>;
  };
  private lastCleanup = 0;

  constructor(
    file: string,
    private readonly defaultTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS ui_sessions (
      sid TEXT PRIMARY KEY, sess TEXT NOT NULL, expires_at INTEGER NOT NULL)`);
    this.db.exec('CREATE INDEX IF NOT EXISTS ui_sessions_expires ON ui_sessions (expires_at)');
    this.statements = {
      get: this.db.prepare('SELECT sess FROM ui_sessions WHERE sid = ? AND expires_at > ?'),
      set: this.db.prepare(
        'INSERT INTO ui_sessions (sid, sess, expires_at) VALUES (?, ?, ?) ' +
          'ON CONFLICT (sid) DO UPDATE SET sess = excluded.sess, expires_at = excluded.expires_at',
      ),
      touch: this.db.prepare('UPDATE ui_sessions SET expires_at = ? WHERE sid = ?'),
      destroy: this.db.prepare('DELETE FROM ui_sessions WHERE sid = ?'),
      cleanup: this.db.prepare('DELETE FROM ui_sessions WHERE expires_at <= ?'),
    };
  }

  override get(
    sid: string,
    callback: (err: unknown, session?: session.SessionData | null) => void,
  ): void {
    this.run(callback, () => {
      const row = this.statements.get.get(sid, this.now()) as { sess: string } | undefined;
      return row ? (JSON.parse(row.sess) as session.SessionData) : null;
    });
  }

  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    this.run(callback, () => {
      this.statements.set.run(sid, JSON.stringify(data), this.expiry(data));
      this.cleanupNowAndThen();
    });
  }

  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    this.run(callback, () => {
      this.statements.touch.run(this.expiry(data), sid);
    });
  }

  override destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.run(callback, () => {
      this.statements.destroy.run(sid);
    });
  }

  close(): void {
    this.db.close();
  }

  private expiry(data: session.SessionData): number {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires).getTime() : this.now() + this.defaultTtlMs;
  }

  private cleanupNowAndThen(): void {
    const now = this.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.statements.cleanup.run(now);
  }

  private run<T>(callback: ((err: unknown, value?: T) => void) | undefined, work: () => T): void {
    let value: T;
    try {
      value = work();
    } catch (error) {
      callback?.(error);
      return;
    }
    callback?.(null, value);
  }
}
