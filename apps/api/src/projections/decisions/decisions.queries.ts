import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import {
  type DecisionHistory,
  DecisionNotFoundError,
  type DecisionStatus,
  type Flag,
  FLAGS,
  isOnReportingList,
  openStatusOn,
  type Judgment,
  statusOn,
} from '@delegationsbeslut/domain';
import type { MeetingView } from '../meetings/meetings.queries';
import { READ_MODEL_DB } from '../read-model-database';
import { sql } from '../statements';
import { statusClause } from './decision-status.sql';
import { InvalidCursorError } from './decisions.errors';

/** The decision view of api.md. */
export interface DecisionView {
  readonly decisionId: string;
  readonly externalId: string;
  readonly sourceSystem: string;
  readonly itemCode: string;
  readonly decidedAt: string;
  readonly decidedBy: { readonly name: string; readonly role: string; readonly id: string | null };
  readonly caseRef: string | null;
  readonly summary: string | null;
  readonly confidential: boolean;
  readonly amount: number | null;
  readonly urgent: boolean;
  readonly registeredAt: string;
  readonly recordedAt: string;
  readonly orderVersionId: string | null;
  readonly reporting: Judgment['reporting'];
  readonly status: DecisionStatus;
  readonly flags: readonly Flag[];
}

export interface QueueItem {
  readonly decisionId: string;
  readonly externalId: string;
  readonly itemCode: string;
  readonly decidedAt: string;
  readonly bodyId: string | null;
  readonly dueMeetingId: string | null;
  readonly dueDate: string | null;
  readonly status: DecisionStatus;
  readonly flags: readonly Flag[];
}

interface Row {
  decision_id: string;
  board_id: string;
  recorded_at: string;
  history: string;
  judgment: string;
  decided_at: string;
}

export interface ListFilter {
  readonly status?: DecisionStatus;
  readonly flag?: Flag;
  readonly itemCode?: string;
  readonly from?: string;
  readonly to?: string;
  readonly today: string;
  readonly limit: number;
  readonly cursor?: string;
  /** the body of the current step: where the decision now waits to be reported */
  readonly bodyId?: string;
  readonly sourceSystem?: string;
  /**
   * The case number, exactly or as its beginning. Only for callers who may
   * see confidential data: the door drops it for the others, so a masked
   * case number cannot be searched out.
   */
  readonly caseRef?: string;
}

/** Above every character, so [prefix, prefix + this) holds exactly the strings starting with prefix. */
const AFTER_EVERY_CHARACTER = String.fromCodePoint(0x10ffff);

const COLUMNS = 'decision_id, board_id, recorded_at, history, judgment, decided_at';

function encodeCursor(row: Row): string {
  return Buffer.from(JSON.stringify([row.decided_at, row.decision_id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // falls through to the 400
  }
  throw new InvalidCursorError();
}

/** An open decision past its due meeting, for the overdue alerts. */
export interface OverdueCandidate {
  readonly decisionId: string;
  readonly boardId: string;
  readonly externalId: string;
  readonly bodyId: string;
  readonly dueMeetingId: string;
  readonly dueDate: string;
  readonly judgment: Judgment;
}

/** Reads of the decisions projection's tables; only this folder touches them. */
@Injectable()
export class DecisionQueries {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  get(
    boardId: string,
    decisionId: string,
    today: string,
    maySeeConfidential: boolean,
  ): DecisionView {
    const row = sql(this.db, `SELECT ${COLUMNS} FROM dt_decisions WHERE decision_id = ?`).get(
      decisionId,
    ) as Row | undefined;
    if (!row || row.board_id !== boardId) throw new DecisionNotFoundError(decisionId);
    return toView(row, today, maySeeConfidential);
  }

  list(
    boardId: string,
    filter: ListFilter,
    maySeeConfidential: boolean,
  ): { items: DecisionView[]; nextCursor: string | null } {
    const where = ['board_id = @boardId'];
    if (filter.status) where.push(statusClause(filter.status));
    if (filter.flag === 'OVERDUE') where.push(statusClause('overdue'));
    else if (filter.flag) where.push("flags LIKE '%,' || @flag || ',%'");
    if (filter.itemCode) where.push('item_code = @itemCode');
    if (filter.from) where.push('decided_at >= @from');
    if (filter.to) where.push('decided_at <= @to');
    if (filter.bodyId) where.push('current_body_id = @bodyId');
    if (filter.sourceSystem) where.push('source_system = @sourceSystem');
    // a range rather than LIKE, so the index serves it and % or _ in a case number mean themselves
    if (filter.caseRef) where.push('case_ref >= @caseRef AND case_ref < @caseRefEnd');
    if (filter.cursor) {
      where.push('(decided_at, decision_id) > (@cursorDate, @cursorId)');
    }
    const [cursorDate, cursorId] = filter.cursor ? decodeCursor(filter.cursor) : [null, null];
    const rows = sql(
      this.db,
      `SELECT ${COLUMNS} FROM dt_decisions WHERE ${where.join(' AND ')}
         ORDER BY decided_at, decision_id LIMIT @limit`,
    ).all({
      boardId,
      today: filter.today,
      flag: filter.flag ?? null,
      itemCode: filter.itemCode ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      bodyId: filter.bodyId ?? null,
      sourceSystem: filter.sourceSystem ?? null,
      caseRef: filter.caseRef ?? null,
      caseRefEnd: filter.caseRef ? filter.caseRef + AFTER_EVERY_CHARACTER : null,
      cursorDate,
      cursorId,
      limit: filter.limit + 1,
    }) as Row[];
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((row) => toView(row, filter.today, maySeeConfidential)),
      nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  /** The anmälan queue: every pending or overdue decision at its current step, oldest due first. */
  queue(
    boardId: string,
    filter: { bodyId?: string; status?: 'pending' | 'overdue'; today: string },
  ): { items: QueueItem[]; counts: { pending: number; overdue: number } } {
    const rows = sql(
      this.db,
      `SELECT decision_id, external_id, item_code, decided_at, current_body_id, due_meeting_id, due_date, flags
         FROM dt_decisions WHERE board_id = @boardId AND base_status = 'open'
           AND (@bodyId IS NULL OR current_body_id = @bodyId)
         ORDER BY due_date IS NULL, due_date, decided_at, decision_id`,
    ).all({ boardId, bodyId: filter.bodyId ?? null }) as {
      decision_id: string;
      external_id: string;
      item_code: string;
      decided_at: string;
      current_body_id: string | null;
      due_meeting_id: string | null;
      due_date: string | null;
      flags: string;
    }[];
    const counts = { pending: 0, overdue: 0 };
    const items: QueueItem[] = [];
    for (const row of rows) {
      const { status, flags } = openStatusOn(row.due_date, storedFlags(row.flags), filter.today);
      if (status !== 'pending' && status !== 'overdue') continue;
      counts[status] += 1;
      if (filter.status && filter.status !== status) continue;
      items.push({
        decisionId: row.decision_id,
        externalId: row.external_id,
        itemCode: row.item_code,
        decidedAt: row.decided_at,
        bodyId: row.current_body_id,
        dueMeetingId: row.due_meeting_id,
        dueDate: row.due_date,
        status,
        flags,
      });
    }
    return { items, counts };
  }

  /** Decisions whose current step is at the meeting's body and was ready by its cutoff. */
  reportingList(
    boardId: string,
    meeting: MeetingView,
    today: string,
    maySeeConfidential: boolean,
  ): DecisionView[] {
    const rows = sql(
      this.db,
      `SELECT ${COLUMNS} FROM dt_decisions WHERE board_id = ? AND base_status = 'open'
           AND current_body_id = ? AND current_ready_on <= ? ORDER BY decided_at, decision_id`,
    ).all(boardId, meeting.bodyId, meeting.listCutoff) as Row[];
    return rows
      .filter((row) => isOnReportingList(JSON.parse(row.judgment) as Judgment, meeting))
      .map((row) => toView(row, today, maySeeConfidential));
  }

  /** The current judgment of each of the board's decisions, for the reporting command. */
  judgmentOf(boardId: string): (decisionId: string) => Judgment | undefined {
    const find = sql(this.db, 'SELECT board_id, judgment FROM dt_decisions WHERE decision_id = ?');
    return (decisionId) => {
      const row = find.get(decisionId) as { board_id: string; judgment: string } | undefined;
      return row && row.board_id === boardId ? (JSON.parse(row.judgment) as Judgment) : undefined;
    };
  }

  /**
   * Whether a decision is confidential (sekretess) as it stands now: once a
   * decision is marked confidential, its earlier events are masked too.
   */
  confidentiality(): (decisionId: string) => boolean {
    const find = sql(this.db, 'SELECT history FROM dt_decisions WHERE decision_id = ?').pluck();
    return (decisionId) => {
      const history = find.get(decisionId) as string | undefined;
      return history !== undefined && (JSON.parse(history) as DecisionHistory).facts.confidential;
    };
  }

  /** Open decisions overdue on `today` by the stored due date; the caller re-checks with statusOn. */
  overdueOn(today: string): OverdueCandidate[] {
    const rows = sql(
      this.db,
      `SELECT decision_id, board_id, external_id, current_body_id, due_meeting_id, due_date, judgment
         FROM dt_decisions WHERE ${statusClause('overdue')}`,
    ).all({ today }) as {
      decision_id: string;
      board_id: string;
      external_id: string;
      current_body_id: string;
      due_meeting_id: string;
      due_date: string;
      judgment: string;
    }[];
    return rows.map((row) => ({
      decisionId: row.decision_id,
      boardId: row.board_id,
      externalId: row.external_id,
      bodyId: row.current_body_id,
      dueMeetingId: row.due_meeting_id,
      dueDate: row.due_date,
      judgment: JSON.parse(row.judgment) as Judgment,
    }));
  }

  /**
   * The source systems that sent the board's decisions, in order: a skip
   * scan of the (board_id, source_system) index, a few steps, not a pass
   * over the board's decisions.
   */
  sourceSystems(boardId: string): string[] {
    return sql(
      this.db,
      `WITH RECURSIVE systems(name) AS (
         SELECT MIN(source_system) FROM dt_decisions WHERE board_id = @boardId
         UNION ALL
         SELECT (SELECT MIN(source_system) FROM dt_decisions
                   WHERE board_id = @boardId AND source_system > systems.name)
           FROM systems WHERE systems.name IS NOT NULL)
       SELECT name FROM systems WHERE name IS NOT NULL`,
    )
      .pluck()
      .all({ boardId }) as string[];
  }

  /** The size of reportingList(boardId, meeting), counted in SQL by the same rule. */
  reportingListSize(boardId: string, meeting: MeetingView): number {
    // isOnReportingList adds only "not cancelled" to the SQL: the current step is the first unreported one
    if (meeting.cancelled) return 0;
    return sql(
      this.db,
      `SELECT COUNT(*) FROM dt_decisions WHERE board_id = ? AND base_status = 'open'
           AND current_body_id = ? AND current_ready_on <= ?`,
    )
      .pluck()
      .get(boardId, meeting.bodyId, meeting.listCutoff) as number;
  }

  /**
   * How many of the board's decisions decided from–to carry each flag on
   * `today`, counted as list() filters by flag: OVERDUE by the status rule,
   * the others as stored. One pass over the period.
   */
  flagCounts(
    boardId: string,
    filter: { readonly from?: string; readonly to?: string; readonly today: string },
  ): Record<Flag, number> {
    const counted = FLAGS.map((flag) =>
      flag === 'OVERDUE'
        ? `COALESCE(SUM(CASE WHEN ${statusClause('overdue')} THEN 1 ELSE 0 END), 0) AS ${flag}`
        : `COALESCE(SUM(flags LIKE '%,${flag},%'), 0) AS ${flag}`,
    );
    return sql(
      this.db,
      `SELECT ${counted.join(', ')} FROM dt_decisions WHERE board_id = @boardId
           AND (@from IS NULL OR decided_at >= @from) AND (@to IS NULL OR decided_at <= @to)`,
    ).get({
      boardId,
      from: filter.from ?? null,
      to: filter.to ?? null,
      today: filter.today,
    }) as Record<Flag, number>;
  }

  /**
   * One page of queue(), filtered and paged in SQL: the same decisions in the
   * same order (overdue first, oldest due first), with its counts, and a flag
   * filter as list() has (OVERDUE by the status rule, the others as stored).
   * `total` is how many match every filter.
   */
  queuePage(
    boardId: string,
    filter: {
      readonly bodyId?: string;
      readonly status?: 'pending' | 'overdue';
      readonly flag?: Flag;
      readonly today: string;
      readonly limit: number;
      readonly offset: number;
    },
  ): { items: QueueItem[]; total: number; counts: { pending: number; overdue: number } } {
    const where = [
      'board_id = @boardId',
      "base_status = 'open'",
      '(@bodyId IS NULL OR current_body_id = @bodyId)',
    ];
    if (filter.status) where.push(statusClause(filter.status));
    if (filter.flag === 'OVERDUE') where.push(statusClause('overdue'));
    else if (filter.flag) where.push("flags LIKE '%,' || @flag || ',%'");
    const params = {
      boardId,
      bodyId: filter.bodyId ?? null,
      flag: filter.flag ?? null,
      today: filter.today,
    };
    // the decisions with a due meeting first, then those without: each part is
    // ordered by an index, where "due_date IS NULL" first would sort them all
    const part = (dated: boolean) =>
      [...where, `due_date IS ${dated ? 'NOT ' : ''}NULL`].join(' AND ');
    const count = (dated: boolean) =>
      sql(this.db, `SELECT COUNT(*) FROM dt_decisions WHERE ${part(dated)}`)
        .pluck()
        .get(params) as number;
    const pageOf = (dated: boolean, limit: number, offset: number) =>
      limit <= 0
        ? []
        : (sql(
            this.db,
            `SELECT decision_id, external_id, item_code, decided_at, current_body_id, due_meeting_id, due_date, flags
               FROM dt_decisions WHERE ${part(dated)}
               ORDER BY ${dated ? 'due_date, ' : ''}decided_at, decision_id LIMIT @limit OFFSET @offset`,
          ).all({ ...params, limit, offset }) as QueueRow[]);
    const dated = count(true);
    const first = filter.offset < dated ? pageOf(true, filter.limit, filter.offset) : [];
    const rows = [
      ...first,
      ...pageOf(false, filter.limit - first.length, Math.max(0, filter.offset - dated)),
    ];
    const total = dated + count(false);
    return {
      items: rows.map((row) => queueItemOf(row, filter.today)),
      total,
      counts: this.queueCounts(boardId, filter),
    };
  }

  /** queue()'s counts alone, counted in SQL by the status rule. */
  queueCounts(
    boardId: string,
    filter: { readonly bodyId?: string; readonly today: string },
  ): { pending: number; overdue: number } {
    return sql(
      this.db,
      `SELECT COALESCE(SUM(CASE WHEN ${statusClause('pending')} THEN 1 ELSE 0 END), 0) AS pending,
              COALESCE(SUM(CASE WHEN ${statusClause('overdue')} THEN 1 ELSE 0 END), 0) AS overdue
         FROM dt_decisions WHERE board_id = @boardId AND base_status = 'open'
           AND (@bodyId IS NULL OR current_body_id = @bodyId)`,
    ).get({ boardId, bodyId: filter.bodyId ?? null, today: filter.today }) as {
      pending: number;
      overdue: number;
    };
  }

  /**
   * The decisions reported at this meeting (dt_reports), in the order they
   * were decided. CROSS JOIN keeps SQLite reading the meeting's reports first
   * (by dt_reports_by_meeting), not every decision of the board.
   */
  reportedAt(
    boardId: string,
    meetingId: string,
    today: string,
    maySeeConfidential: boolean,
  ): DecisionView[] {
    const rows = sql(
      this.db,
      `SELECT d.decision_id, d.board_id, d.recorded_at, d.history, d.judgment, d.decided_at
         FROM dt_reports r CROSS JOIN dt_decisions d ON d.decision_id = r.decision_id
         WHERE d.board_id = ? AND r.meeting_id = ? ORDER BY d.decided_at, d.decision_id`,
    ).all(boardId, meetingId) as Row[];
    return rows.map((row) => toView(row, today, maySeeConfidential));
  }
}

/** Flags are stored as `,A,B,` so that one can be matched with LIKE. */
function storedFlags(column: string): Flag[] {
  return column === '' ? [] : (column.slice(1, -1).split(',') as Flag[]);
}

function toView(row: Row, today: string, maySeeConfidential: boolean): DecisionView {
  const { facts } = JSON.parse(row.history) as DecisionHistory;
  const judgment = JSON.parse(row.judgment) as Judgment;
  const { status, flags } = statusOn(judgment, today);
  const masked = facts.confidential && !maySeeConfidential;
  return {
    decisionId: facts.decisionId,
    externalId: facts.externalId,
    sourceSystem: facts.sourceSystem,
    itemCode: facts.itemCode,
    decidedAt: facts.decidedAt,
    decidedBy: facts.decidedBy,
    caseRef: masked ? null : facts.caseRef,
    summary: masked ? null : facts.summary,
    confidential: facts.confidential,
    amount: facts.amount,
    urgent: facts.urgent,
    registeredAt: facts.registeredAt,
    recordedAt: row.recorded_at,
    orderVersionId: judgment.orderVersionId,
    reporting: judgment.reporting,
    status,
    flags,
  };
}

interface QueueRow {
  decision_id: string;
  external_id: string;
  item_code: string;
  decided_at: string;
  current_body_id: string | null;
  due_meeting_id: string | null;
  due_date: string | null;
  flags: string;
}

/** A row of the queue as queue() answers it: status and flags on `today`. */
function queueItemOf(row: QueueRow, today: string): QueueItem {
  const { status, flags } = openStatusOn(row.due_date, storedFlags(row.flags), today);
  return {
    decisionId: row.decision_id,
    externalId: row.external_id,
    itemCode: row.item_code,
    decidedAt: row.decided_at,
    bodyId: row.current_body_id,
    dueMeetingId: row.due_meeting_id,
    dueDate: row.due_date,
    status,
    flags,
  };
}
