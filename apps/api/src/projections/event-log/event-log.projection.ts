import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

export interface LoggedEvent {
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
}

/**
 * An index of the log by board and by decision, for auditors: a decision's
 * history gathers its own stream and every meeting's report that names it.
 */
export class EventLogProjection implements Projection {
  readonly name = 'event-log';
  readonly version = 1;
  readonly tables = ['el_events', 'el_decision_events'];

  init(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS el_events (
      position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, type TEXT NOT NULL, recorded_at TEXT NOT NULL,
      actor TEXT, board_id TEXT, data TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS el_events_by_board ON el_events (board_id, position);
      CREATE TABLE IF NOT EXISTS el_decision_events (
        decision_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (decision_id, position))`);
  }

  canHandle(): boolean {
    return true;
  }

  evolve(db: Database.Database, recorded: RecordedEvent): void {
    const data = recorded.data as { boardId?: unknown };
    sql(
      db,
      `INSERT OR IGNORE INTO el_events (position, stream_id, type, recorded_at, actor, board_id, data)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      recorded.position,
      recorded.streamId,
      recorded.type,
      recorded.recordedAt,
      typeof recorded.metadata.actor === 'string' ? recorded.metadata.actor : null,
      typeof data?.boardId === 'string' ? data.boardId : null,
      JSON.stringify(recorded.data),
    );
    const link = sql(
      db,
      'INSERT OR IGNORE INTO el_decision_events (decision_id, position) VALUES (?, ?)',
    );
    const event = asDomainEvent(recorded);
    switch (event.type) {
      case 'DecisionRecorded':
      case 'DecisionAmended':
      case 'DecisionAnnulled':
        link.run(event.data.decisionId, recorded.position);
        return;
      case 'DecisionsReported':
        for (const decisionId of event.data.decisionIds) link.run(decisionId, recorded.position);
        return;
      default:
        return;
    }
  }
}

interface EventRow {
  position: number;
  stream_id: string;
  type: string;
  recorded_at: string;
  actor: string | null;
  data: string;
}

const toLogged = (r: EventRow): LoggedEvent => ({
  position: r.position,
  streamId: r.stream_id,
  type: r.type,
  recordedAt: r.recorded_at,
  actor: r.actor,
  data: JSON.parse(r.data),
});

export const eventLogQueries = {
  decisionHistory(db: Database.Database, decisionId: string): LoggedEvent[] {
    return (
      sql(
        db,
        `SELECT e.* FROM el_decision_events d JOIN el_events e ON e.position = d.position
           WHERE d.decision_id = ? ORDER BY e.position`,
      ).all(decisionId) as EventRow[]
    ).map(toLogged);
  },
  /** `boards` undefined: every board (and events of no board) */
  page(
    db: Database.Database,
    fromPosition: number,
    limit: number,
    boards: readonly string[] | undefined,
  ): LoggedEvent[] {
    const rows = boards
      ? (sql(
          db,
          `SELECT * FROM el_events WHERE position >= ? AND board_id IN (SELECT value FROM json_each(?))
             ORDER BY position LIMIT ?`,
        ).all(fromPosition, JSON.stringify(boards), limit) as EventRow[])
      : (sql(db, 'SELECT * FROM el_events WHERE position >= ? ORDER BY position LIMIT ?').all(
          fromPosition,
          limit,
        ) as EventRow[]);
    return rows.map(toLogged);
  },
};
