import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

export class DelegationOrderProjection implements Projection {
  readonly name = 'delegation-order';
  readonly version = 1;
  readonly tables = ['do_versions'];

  init(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS do_versions (
      board_id TEXT NOT NULL, version_id TEXT NOT NULL, effective_from TEXT NOT NULL,
      adopted_ref TEXT, item_count INTEGER NOT NULL, version TEXT NOT NULL,
      PRIMARY KEY (board_id, version_id))`);
  }

  canHandle(eventType: string): boolean {
    return eventType === 'DelegationOrderVersionAdopted';
  }

  evolve(db: Database.Database, recorded: RecordedEvent): void {
    const event = asDomainEvent(recorded);
    if (event.type !== 'DelegationOrderVersionAdopted') return;
    const { boardId, ...version } = event.data;
    sql(
      db,
      `INSERT OR REPLACE INTO do_versions (board_id, version_id, effective_from, adopted_ref, item_count, version)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      boardId,
      version.versionId,
      version.effectiveFrom,
      version.adoptedRef,
      version.items.length,
      JSON.stringify(version),
    );
  }
}
