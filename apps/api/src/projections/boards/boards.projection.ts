import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

export class BoardsProjection implements Projection {
  readonly name = 'boards';
  readonly version = 1;
  readonly tables = ['b_boards'];

  init(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS b_boards (
      board_id TEXT PRIMARY KEY, name TEXT NOT NULL, bodies TEXT NOT NULL)`);
  }

  canHandle(eventType: string): boolean {
    return eventType === 'BoardDefined' || eventType === 'BoardUpdated';
  }

  evolve(db: Database.Database, recorded: RecordedEvent): void {
    const event = asDomainEvent(recorded);
    if (event.type !== 'BoardDefined' && event.type !== 'BoardUpdated') return;
    sql(db, 'INSERT OR REPLACE INTO b_boards (board_id, name, bodies) VALUES (?, ?, ?)').run(
      event.data.boardId,
      event.data.name,
      JSON.stringify(event.data.bodies),
    );
  }
}
