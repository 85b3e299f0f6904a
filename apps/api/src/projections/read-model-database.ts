import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyDurabilitySettings } from '@delegationsbeslut/event-store';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

/** Each projection's checkpoint and version, committed with its effects. */
export const CHECKPOINTS_SCHEMA = `CREATE TABLE IF NOT EXISTS projection_checkpoints (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  position INTEGER NOT NULL
)`;

/** The read models live in SQLite under DATA_DIR, whichever store holds the events. */
export function openReadModelDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'read-models.sqlite'));
  applyDurabilitySettings(db);
  // Read models are rebuilt from the log, and a projection's effects commit
  // together with its checkpoint: after a power cut the last commits may be
  // gone, but then so is their checkpoint, and they are applied again.
  // NORMAL saves an fsync per batch; the event store itself stays FULL.
  db.pragma('synchronous = NORMAL');
  db.exec(CHECKPOINTS_SCHEMA);
  return db;
}
