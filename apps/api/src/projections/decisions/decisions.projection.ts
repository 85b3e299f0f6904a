import type Database from 'better-sqlite3';
import {
  assertNever,
  boardBodyOf,
  type CalendarMeeting,
  type DecisionEvent,
  type DecisionHistory,
  type DelegationOrderVersion,
  evolveDecisionHistory,
  judgeDecision,
  JUDGMENT_VERSION,
  type Judgment,
  MeetingCalendar,
  OrderHistory,
  type ReportAtMeeting,
} from '@delegationsbeslut/domain';
import type { RecordedEvent } from '@delegationsbeslut/event-store';
import { asDomainEvent, type DomainEventType } from '../../event-store/streams';
import type { Projection } from '../projection';
import { sql } from '../statements';
import { DECISIONS_SCHEMA, DECISIONS_TABLES } from './decisions.schema';

/**
 * Bump it when the tables or `evolve` change. The stored judgments also depend
 * on the domain's rules, so the projection's version folds in JUDGMENT_VERSION
 * (kept below 1000 by far): a rule change rebuilds the read model on the next
 * start instead of leaving history judged by the old rule.
 * 2: dt_reports keeps the report's minutes paragraph.
 * 3: dt_decisions keeps the case number (case_ref), for the list's caseRef filter.
 */
const DECISIONS_SCHEMA_VERSION = 3;

const HANDLED: ReadonlySet<DomainEventType> = new Set<DomainEventType>([
  'BoardDefined',
  'BoardUpdated',
  'DelegationOrderVersionAdopted',
  'MeetingScheduled',
  'MeetingCancelled',
  'DecisionsReported',
  'ReportsWithdrawn',
  'DecisionRecorded',
  'DecisionAmended',
  'DecisionAnnulled',
]);

/**
 * Told of every (re-)judgment inside the projection's transaction, so what it
 * writes (the alerts outbox) commits or rolls back with the read model.
 */
export interface JudgmentListener {
  judged(db: Database.Database, change: JudgmentChange): void;
}

export interface JudgmentChange {
  readonly decisionId: string;
  readonly boardId: string;
  readonly externalId: string;
  readonly before: Judgment | undefined;
  readonly after: Judgment;
  /** the event that caused the re-judgment */
  readonly cause: { readonly type: string; readonly position: number };
}

/** What judging one board's decisions needs, built once per change of the board's order or calendar. */
interface BoardRules {
  readonly orders: OrderHistory;
  readonly calendar: MeetingCalendar;
  readonly boardBodyId: string;
}

export class DecisionsProjection implements Projection {
  readonly name = 'decisions';
  readonly version = DECISIONS_SCHEMA_VERSION * 1000 + JUDGMENT_VERSION;
  readonly tables = DECISIONS_TABLES;
  private readonly rulesCache = new Map<string, BoardRules>();
  private cause: JudgmentChange['cause'] = { type: '', position: 0 };

  constructor(private readonly listeners: readonly JudgmentListener[] = []) {}

  init(db: Database.Database): void {
    db.exec(DECISIONS_SCHEMA);
  }

  canHandle(eventType: string): boolean {
    return HANDLED.has(eventType as DomainEventType);
  }

  reset(): void {
    this.rulesCache.clear();
  }

  evolve(db: Database.Database, recorded: RecordedEvent): void {
    const event = asDomainEvent(recorded);
    this.cause = { type: recorded.type, position: recorded.position };
    switch (event.type) {
      case 'BoardDefined':
      case 'BoardUpdated':
        sql(
          db,
          `INSERT INTO dt_boards (board_id, board_body_id) VALUES (?, ?)
           ON CONFLICT (board_id) DO UPDATE SET board_body_id = excluded.board_body_id`,
        ).run(event.data.boardId, boardBodyOf(event.data.bodies)?.bodyId ?? event.data.boardId);
        return this.rejudgeBoard(db, event.data.boardId);
      case 'DelegationOrderVersionAdopted': {
        const { boardId, ...version } = event.data;
        sql(
          db,
          'INSERT OR REPLACE INTO dt_versions (board_id, version_id, version) VALUES (?, ?, ?)',
        ).run(boardId, version.versionId, JSON.stringify(version));
        return this.rejudgeBoard(db, boardId);
      }
      case 'MeetingScheduled': {
        const m = event.data;
        sql(
          db,
          `INSERT OR REPLACE INTO dt_meetings (board_id, meeting_id, body_id, date, list_cutoff, receives_reports, cancelled)
           VALUES (?, ?, ?, ?, ?, ?, 0)`,
        ).run(m.boardId, m.meetingId, m.bodyId, m.date, m.listCutoff, m.receivesReports ? 1 : 0);
        return this.rejudgeBoard(db, m.boardId, m.bodyId);
      }
      case 'MeetingCancelled': {
        sql(db, 'UPDATE dt_meetings SET cancelled = 1 WHERE board_id = ? AND meeting_id = ?').run(
          event.data.boardId,
          event.data.meetingId,
        );
        const body = sql(
          db,
          'SELECT body_id FROM dt_meetings WHERE board_id = ? AND meeting_id = ?',
        )
          .pluck()
          .get(event.data.boardId, event.data.meetingId) as string | undefined;
        return this.rejudgeBoard(db, event.data.boardId, body);
      }
      case 'DecisionsReported': {
        const r = event.data;
        const insert = sql(
          db,
          `INSERT OR IGNORE INTO dt_reports (decision_id, meeting_id, body_id, meeting_date, position, minutes_paragraph)
           VALUES (?, ?, ?, ?, ?, ?)`,
        );
        for (const decisionId of r.decisionIds) {
          insert.run(
            decisionId,
            r.meetingId,
            r.bodyId,
            r.meetingDate,
            recorded.position,
            r.minutesParagraph ?? null,
          );
          this.rejudgeDecision(db, decisionId);
        }
        return;
      }
      case 'ReportsWithdrawn': {
        // judged as if the report had not been made (the domain's evolveActiveReports)
        const remove = sql(db, 'DELETE FROM dt_reports WHERE decision_id = ? AND meeting_id = ?');
        for (const decisionId of event.data.decisionIds) {
          remove.run(decisionId, event.data.meetingId);
          this.rejudgeDecision(db, decisionId);
        }
        return;
      }
      case 'DecisionRecorded':
      case 'DecisionAmended':
      case 'DecisionAnnulled':
        return this.evolveDecision(db, event, recorded);
      default:
        return assertNever(event);
    }
  }

  private evolveDecision(
    db: Database.Database,
    event: DecisionEvent,
    recorded: RecordedEvent,
  ): void {
    const { decisionId } = event.data;
    const stored = this.load(db, decisionId);
    const history = evolveDecisionHistory(stored?.history, event, recorded.position);
    if (!history) return;
    const judgment = this.judge(db, history);
    const f = history.facts;
    // one write of the (large) row per event
    sql(
      db,
      `INSERT INTO dt_decisions (decision_id, board_id, source_system, external_id, item_code, decided_at,
         recorded_at, history, judgment, base_status, current_body_id, current_ready_on, due_meeting_id, due_date, flags,
         case_ref)
       VALUES (@decisionId, @boardId, @sourceSystem, @externalId, @itemCode, @decidedAt, @recordedAt, @history,
         @judgment, @baseStatus, @currentBodyId, @currentReadyOn, @dueMeetingId, @dueDate, @flags, @caseRef)
       ON CONFLICT (decision_id) DO UPDATE SET item_code = excluded.item_code, decided_at = excluded.decided_at,
         case_ref = excluded.case_ref,
         history = excluded.history, judgment = excluded.judgment, base_status = excluded.base_status,
         current_body_id = excluded.current_body_id, current_ready_on = excluded.current_ready_on,
         due_meeting_id = excluded.due_meeting_id, due_date = excluded.due_date, flags = excluded.flags`,
    ).run({
      decisionId,
      boardId: f.boardId,
      sourceSystem: f.sourceSystem,
      externalId: f.externalId,
      itemCode: f.itemCode,
      decidedAt: f.decidedAt,
      caseRef: f.caseRef,
      recordedAt: recorded.recordedAt,
      history: JSON.stringify(history),
      ...judgmentColumns(judgment),
    });
    this.tell(db, history, stored?.judgment, judgment);
  }

  private load(
    db: Database.Database,
    decisionId: string,
  ): { history: DecisionHistory; judgment: string } | undefined {
    const row = sql(db, 'SELECT history, judgment FROM dt_decisions WHERE decision_id = ?').get(
      decisionId,
    ) as { history: string; judgment: string } | undefined;
    return row && { history: JSON.parse(row.history) as DecisionHistory, judgment: row.judgment };
  }

  private rejudgeDecision(db: Database.Database, decisionId: string): void {
    const stored = this.load(db, decisionId);
    if (stored) this.rejudge(db, stored.history, stored.judgment);
  }

  /**
   * A new version, meeting or body list re-judges the board's decisions
   * (those with a step at `bodyId`, when only that body's calendar changed).
   */
  private rejudgeBoard(db: Database.Database, boardId: string, bodyId?: string): void {
    this.rulesCache.delete(boardId);
    const rows = sql(
      db,
      'SELECT decision_id, history, judgment FROM dt_decisions WHERE board_id = ?',
    ).all(boardId) as { decision_id: string; history: string; judgment: string }[];
    for (const row of rows) {
      if (bodyId !== undefined && !routeTouches(row.judgment, bodyId)) continue;
      this.rejudge(db, JSON.parse(row.history) as DecisionHistory, row.judgment);
    }
  }

  /** The facts did not change, the rules or reports did: only the judgment columns are written. */
  private rejudge(db: Database.Database, history: DecisionHistory, previousJson: string): void {
    const judgment = this.judge(db, history);
    sql(
      db,
      `UPDATE dt_decisions SET judgment = @judgment, base_status = @baseStatus, current_body_id = @currentBodyId,
         current_ready_on = @currentReadyOn, due_meeting_id = @dueMeetingId, due_date = @dueDate, flags = @flags
       WHERE decision_id = @decisionId`,
    ).run({ decisionId: history.facts.decisionId, ...judgmentColumns(judgment) });
    this.tell(db, history, previousJson, judgment);
  }

  private tell(
    db: Database.Database,
    history: DecisionHistory,
    previousJson: string | undefined,
    after: Judgment,
  ): void {
    if (this.listeners.length === 0) return;
    const change: JudgmentChange = {
      decisionId: history.facts.decisionId,
      boardId: history.facts.boardId,
      externalId: history.facts.externalId,
      before: previousJson === undefined ? undefined : (JSON.parse(previousJson) as Judgment),
      after,
      cause: this.cause,
    };
    for (const listener of this.listeners) listener.judged(db, change);
  }

  private judge(db: Database.Database, history: DecisionHistory): Judgment {
    const rules = this.rulesFor(db, history.facts.boardId);
    const reports = sql(
      db,
      `SELECT meeting_id AS meetingId, body_id AS bodyId, meeting_date AS meetingDate, position,
           minutes_paragraph AS minutesParagraph
         FROM dt_reports WHERE decision_id = ? ORDER BY position`,
    ).all(history.facts.decisionId) as ReportAtMeeting[];
    return judgeDecision({
      decision: history.facts,
      orders: rules.orders,
      calendar: rules.calendar,
      boardBodyId: rules.boardBodyId,
      reports,
      amendmentPositions: history.amendmentPositions,
    });
  }

  private rulesFor(db: Database.Database, boardId: string): BoardRules {
    const cached = this.rulesCache.get(boardId);
    if (cached) return cached;
    const versions = (
      sql(db, 'SELECT version FROM dt_versions WHERE board_id = ?').pluck().all(boardId) as string[]
    ).map((v) => JSON.parse(v) as DelegationOrderVersion);
    const meetings = (
      sql(
        db,
        `SELECT meeting_id AS meetingId, body_id AS bodyId, date, list_cutoff AS listCutoff,
             receives_reports AS receivesReports, cancelled FROM dt_meetings WHERE board_id = ?`,
      ).all(boardId) as (Omit<CalendarMeeting, 'receivesReports' | 'cancelled'> & {
        receivesReports: number;
        cancelled: number;
      })[]
    ).map((m) => ({
      ...m,
      receivesReports: m.receivesReports === 1,
      cancelled: m.cancelled === 1,
    }));
    const boardBodyId =
      (sql(db, 'SELECT board_body_id FROM dt_boards WHERE board_id = ?').pluck().get(boardId) as
        | string
        | undefined) ?? boardId;
    const rules = {
      orders: new OrderHistory(versions),
      calendar: new MeetingCalendar(meetings),
      boardBodyId,
    };
    this.rulesCache.set(boardId, rules);
    return rules;
  }
}

/** The stored columns of a judgment: the queue and lists filter on these without parsing it. */
function judgmentColumns(judgment: Judgment) {
  const step =
    judgment.currentStep === null ? undefined : judgment.reporting.steps[judgment.currentStep];
  return {
    judgment: JSON.stringify(judgment),
    baseStatus: judgment.baseStatus,
    currentBodyId: step?.bodyId ?? null,
    currentReadyOn: step?.readyOn ?? null,
    dueMeetingId: step?.dueMeetingId ?? null,
    dueDate: step?.dueDate ?? null,
    // `,A,B,` so that one flag can be matched with LIKE
    flags: judgment.flags.length === 0 ? '' : `,${judgment.flags.join(',')},`,
  };
}

/** Whether a stored judgment has a step at the body. */
function routeTouches(judgmentJson: string, bodyId: string): boolean {
  const judgment = JSON.parse(judgmentJson) as Judgment;
  return judgment.reporting.route.includes(bodyId);
}
