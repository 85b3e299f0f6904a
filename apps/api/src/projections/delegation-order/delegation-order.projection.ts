import type Database from 'better-sqlite3';
import type { DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';

export interface VersionSummary {
  readonly versionId: string;
  readonly effectiveFrom: string;
  readonly adoptedRef: string | null;
  readonly itemCount: number;
}

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

export const delegationOrderQueries = {
  list(db: Database.Database, boardId: string): VersionSummary[] {
    return sql(
      db,
      `SELECT version_id AS versionId, effective_from AS effectiveFrom, adopted_ref AS adoptedRef,
           item_count AS itemCount FROM do_versions WHERE board_id = ? ORDER BY effective_from`,
    ).all(boardId) as VersionSummary[];
  },
  get(
    db: Database.Database,
    boardId: string,
    versionId: string,
  ): DelegationOrderVersion | undefined {
    const raw = sql(db, 'SELECT version FROM do_versions WHERE board_id = ? AND version_id = ?')
      .pluck()
      .get(boardId, versionId) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as DelegationOrderVersion);
  },
  inForce(
    db: Database.Database,
    boardId: string,
    date: string,
  ): DelegationOrderVersion | undefined {
    const raw = sql(
      db,
      `SELECT version FROM do_versions WHERE board_id = ? AND effective_from <= ?
         ORDER BY effective_from DESC LIMIT 1`,
    )
      .pluck()
      .get(boardId, date) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as DelegationOrderVersion);
  },
  /** bodies named by any route, which a board update may not remove */
  routedBodies(db: Database.Database, boardId: string): Set<string> {
    const bodies = new Set<string>();
    for (const version of (
      sql(db, 'SELECT version FROM do_versions WHERE board_id = ?').pluck().all(boardId) as string[]
    ).map((v) => JSON.parse(v) as DelegationOrderVersion)) {
      version.defaultRoute.forEach((b) => bodies.add(b));
      version.items.forEach((item) => item.route?.forEach((b) => bodies.add(b)));
    }
    return bodies;
  },
};
