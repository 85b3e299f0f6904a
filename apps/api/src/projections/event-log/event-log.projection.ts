import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

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
      case 'ReportsWithdrawn':
        for (const decisionId of event.data.decisionIds) link.run(decisionId, recorded.position);
        return;
      default:
        return;
    }
  }
}
