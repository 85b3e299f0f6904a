import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { DelegationOrderVersion } from '@delegationsbeslut/domain';
import { READ_MODEL_DB } from '../read-model-database';
import { sql } from '../statements';

export interface VersionSummary {
  readonly versionId: string;
  readonly effectiveFrom: string;
  readonly adoptedRef: string | null;
  readonly itemCount: number;
}

/** Reads of the delegation-order projection's table; only this folder touches it. */
@Injectable()
export class DelegationOrderQueries {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  list(boardId: string): VersionSummary[] {
    return sql(
      this.db,
      `SELECT version_id AS versionId, effective_from AS effectiveFrom, adopted_ref AS adoptedRef,
           item_count AS itemCount FROM do_versions WHERE board_id = ? ORDER BY effective_from`,
    ).all(boardId) as VersionSummary[];
  }

  get(boardId: string, versionId: string): DelegationOrderVersion | undefined {
    const raw = sql(
      this.db,
      'SELECT version FROM do_versions WHERE board_id = ? AND version_id = ?',
    )
      .pluck()
      .get(boardId, versionId) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as DelegationOrderVersion);
  }

  inForce(boardId: string, date: string): DelegationOrderVersion | undefined {
    const raw = sql(
      this.db,
      `SELECT version FROM do_versions WHERE board_id = ? AND effective_from <= ?
         ORDER BY effective_from DESC LIMIT 1`,
    )
      .pluck()
      .get(boardId, date) as string | undefined;
    return raw === undefined ? undefined : (JSON.parse(raw) as DelegationOrderVersion);
  }

  /** bodies named by any route, which a board update may not remove */
  routedBodies(boardId: string): Set<string> {
    const bodies = new Set<string>();
    for (const version of (
      sql(this.db, 'SELECT version FROM do_versions WHERE board_id = ?')
        .pluck()
        .all(boardId) as string[]
    ).map((v) => JSON.parse(v) as DelegationOrderVersion)) {
      version.defaultRoute.forEach((b) => bodies.add(b));
      version.items.forEach((item) => item.route?.forEach((b) => bodies.add(b)));
    }
    return bodies;
  }
}
