import type Database from 'better-sqlite3';
import type { Alert } from './alert.types';

/**
 * The alerts outbox, in the read-model database so a row commits in the same
 * transaction as the judgment that caused it. It belongs to no projection: a
 * rebuild drops the projections' tables, never this one, so an alert already
 * published is not published again.
 */
export const OUTBOX_ALERTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox_alerts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  alert_id TEXT NOT NULL UNIQUE,
  board_id TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_alerts_unsent ON outbox_alerts (seq) WHERE sent_at IS NULL;
`;

export interface OutboxRow {
  readonly seq: number;
  readonly alert_id: string;
  readonly board_id: string;
  readonly payload: string;
}

interface Statements {
  readonly enqueue: Database.Statement<[string, string, string, string, string]>;
  readonly unsent: Database.Statement<[number], OutboxRow>;
  readonly unsentCount: Database.Statement<[], { n: number }>;
  readonly markSent: Database.Statement<[string, number, number]>;
}

const prepared = new WeakMap<Database.Database, Statements>();

/** Creates the table on first use and keeps the statements per connection. */
function statements(db: Database.Database): Statements {
  let s = prepared.get(db);
  if (!s) {
    db.exec(OUTBOX_ALERTS_SCHEMA);
    s = {
      enqueue: db.prepare(
        `INSERT OR IGNORE INTO outbox_alerts (alert_id, board_id, type, payload, created_at) VALUES (?, ?, ?, ?, ?)`,
      ),
      unsent: db.prepare(
        'SELECT seq, alert_id, board_id, payload FROM outbox_alerts WHERE sent_at IS NULL ORDER BY seq LIMIT ?',
      ),
      unsentCount: db.prepare('SELECT COUNT(*) AS n FROM outbox_alerts WHERE sent_at IS NULL'),
      markSent: db.prepare(
        'UPDATE outbox_alerts SET sent_at = ? WHERE seq BETWEEN ? AND ? AND sent_at IS NULL',
      ),
    };
    prepared.set(db, s);
  }
  return s;
}

/** Stores the alert unless one with the same id (the same cause) is already there. */
export function enqueueAlert(
  db: Database.Database,
  alertId: string,
  alert: Alert,
  now: Date = new Date(),
): boolean {
  return (
    statements(db).enqueue.run(
      alertId,
      alert.boardId,
      alert.type,
      JSON.stringify(alert),
      now.toISOString(),
    ).changes > 0
  );
}

export function unsentAlerts(db: Database.Database, limit: number): OutboxRow[] {
  return statements(db).unsent.all(limit);
}

export function unsentAlertCount(db: Database.Database): number {
  return statements(db).unsentCount.get()?.n ?? 0;
}

/** Marks a run of rows (read in seq order, so `from..to` holds no other unsent row) as sent. */
export function markAlertsSent(
  db: Database.Database,
  fromSeq: number,
  toSeq: number,
  now: Date = new Date(),
): void {
  statements(db).markSent.run(now.toISOString(), fromSeq, toSeq);
}
