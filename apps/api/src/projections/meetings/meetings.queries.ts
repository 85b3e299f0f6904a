import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../read-model-database';
import { sql } from '../statements';

export interface MeetingView {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  readonly listCutoff: string;
  readonly receivesReports: boolean;
  readonly cancelled: boolean;
  readonly cancelReason: string | null;
  readonly reportedCount: number;
}

interface MeetingRow {
  meeting_id: string;
  body_id: string;
  date: string;
  list_cutoff: string;
  receives_reports: number;
  cancelled: number;
  cancel_reason: string | null;
  reported_count: number;
}

const toView = (r: MeetingRow): MeetingView => ({
  meetingId: r.meeting_id,
  bodyId: r.body_id,
  date: r.date,
  listCutoff: r.list_cutoff,
  receivesReports: r.receives_reports === 1,
  cancelled: r.cancelled === 1,
  cancelReason: r.cancel_reason,
  reportedCount: r.reported_count,
});

/** Reads of the meetings projection's table; only this folder touches it. */
@Injectable()
export class MeetingQueries {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  get(boardId: string, meetingId: string): MeetingView | undefined {
    const row = sql(this.db, 'SELECT * FROM m_meetings WHERE board_id = ? AND meeting_id = ?').get(
      boardId,
      meetingId,
    ) as MeetingRow | undefined;
    return row && toView(row);
  }

  list(boardId: string, filter: { bodyId?: string; from?: string; to?: string }): MeetingView[] {
    const rows = sql(
      this.db,
      `SELECT * FROM m_meetings WHERE board_id = ?
           AND (? IS NULL OR body_id = ?) AND (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?)
         ORDER BY date, meeting_id`,
    ).all(
      boardId,
      filter.bodyId ?? null,
      filter.bodyId ?? null,
      filter.from ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.to ?? null,
    ) as MeetingRow[];
    return rows.map(toView);
  }

  bodiesWithMeetings(boardId: string): Set<string> {
    return new Set(
      sql(this.db, 'SELECT DISTINCT body_id FROM m_meetings WHERE board_id = ?')
        .pluck()
        .all(boardId) as string[],
    );
  }
}
