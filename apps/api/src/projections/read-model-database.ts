import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyDurabilitySettings } from '@delegationsbeslut/event-store';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

/** The read models live in SQLite under DATA_DIR, whichever store holds the events. */
export function openReadModelDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'read-models.sqlite'));
  applyDurabilitySettings(db);
  db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL
  )`);
  return db;
}
