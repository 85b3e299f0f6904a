import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../read-model-database';
import { sql } from '../statements';

export interface LoggedEvent {
  readonly position: number;
  readonly streamId: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
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

/** Reads of the event-log projection's tables; only this folder touches them. */
@Injectable()
export class EventLogQueries {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  decisionHistory(decisionId: string): LoggedEvent[] {
    return (
      sql(
        this.db,
        `SELECT e.* FROM el_decision_events d JOIN el_events e ON e.position = d.position
           WHERE d.decision_id = ? ORDER BY e.position`,
      ).all(decisionId) as EventRow[]
    ).map(toLogged);
  }

  /** `boards` undefined: every board (and events of no board); `type`: only events of that type */
  page(
    fromPosition: number,
    limit: number,
    boards: readonly string[] | undefined,
    type?: string,
  ): LoggedEvent[] {
    if (type !== undefined) return this.pageOfType(fromPosition, limit, boards, type);
    const rows = boards
      ? (sql(
          this.db,
          `SELECT * FROM el_events WHERE position >= ? AND board_id IN (SELECT value FROM json_each(?))
             ORDER BY position LIMIT ?`,
        ).all(fromPosition, JSON.stringify(boards), limit) as EventRow[])
      : (sql(this.db, 'SELECT * FROM el_events WHERE position >= ? ORDER BY position LIMIT ?').all(
          fromPosition,
          limit,
        ) as EventRow[]);
    return rows.map(toLogged);
  }

  private pageOfType(
    fromPosition: number,
    limit: number,
    boards: readonly string[] | undefined,
    type: string,
  ): LoggedEvent[] {
    const rows = boards
      ? (sql(
          this.db,
          `SELECT * FROM el_events WHERE position >= ? AND board_id IN (SELECT value FROM json_each(?))
             AND type = ? ORDER BY position LIMIT ?`,
        ).all(fromPosition, JSON.stringify(boards), type, limit) as EventRow[])
      : (sql(
          this.db,
          'SELECT * FROM el_events WHERE position >= ? AND type = ? ORDER BY position LIMIT ?',
        ).all(fromPosition, type, limit) as EventRow[]);
    return rows.map(toLogged);
  }
}
