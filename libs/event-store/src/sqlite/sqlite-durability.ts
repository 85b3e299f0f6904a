import type Database from 'better-sqlite3';

/**
 * The durability settings of every SQLite file the service writes (events and
 * read models), in one place so the benchmark measures raw SQLite with exactly
 * the same ones. See docs/durability.md.
 *
 * - WAL: readers never block the writer, and a commit is one append to the WAL.
 * - synchronous=FULL: the WAL is fsynced at every commit, so an acknowledged
 *   append survives a power cut, not just a process crash (NORMAL would only
 *   promise the latter).
 * - busy_timeout: another service instance on the same file holds the write
 *   lock only for a commit; wait for it instead of failing.
 */
export function applyDurabilitySettings(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}
