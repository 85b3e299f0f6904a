import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

export class MeetingsProjection implements Projection {
  readonly name = 'meetings';
  readonly version = 1;
  readonly tables = ['m_meetings'];

  init(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS m_meetings (
      board_id TEXT NOT NULL, meeting_id TEXT NOT NULL, body_id TEXT NOT NULL, date TEXT NOT NULL,
      list_cutoff TEXT NOT NULL, receives_reports INTEGER NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0,
      cancel_reason TEXT, reported_count INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (board_id, meeting_id));
      CREATE INDEX IF NOT EXISTS m_meetings_by_date ON m_meetings (board_id, date)`);
  }

  canHandle(eventType: string): boolean {
    return [
      'MeetingScheduled',
      'MeetingCancelled',
      'DecisionsReported',
      'ReportsWithdrawn',
    ].includes(eventType);
  }

  evolve(db: Database.Database, recorded: RecordedEvent): void {
    const event = asDomainEvent(recorded);
    switch (event.type) {
      case 'MeetingScheduled': {
        const m = event.data;
        sql(
          db,
          `INSERT OR REPLACE INTO m_meetings (board_id, meeting_id, body_id, date, list_cutoff, receives_reports)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(m.boardId, m.meetingId, m.bodyId, m.date, m.listCutoff, m.receivesReports ? 1 : 0);
        return;
      }
      case 'MeetingCancelled':
        sql(
          db,
          'UPDATE m_meetings SET cancelled = 1, cancel_reason = ? WHERE board_id = ? AND meeting_id = ?',
        ).run(event.data.reason, event.data.boardId, event.data.meetingId);
        return;
      case 'DecisionsReported':
        sql(
          db,
          'UPDATE m_meetings SET reported_count = reported_count + ? WHERE board_id = ? AND meeting_id = ?',
        ).run(event.data.decisionIds.length, event.data.boardId, event.data.meetingId);
        return;
      case 'ReportsWithdrawn':
        sql(
          db,
          'UPDATE m_meetings SET reported_count = reported_count - ? WHERE board_id = ? AND meeting_id = ?',
        ).run(event.data.decisionIds.length, event.data.boardId, event.data.meetingId);
        return;
      default:
        return;
    }
  }
}
