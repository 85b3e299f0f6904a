import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DecisionNotFoundError } from '@delegationsbeslut/domain';
import { eventLogQueries, type LoggedEvent } from '../../projections/event-log/event-log.projection';
import { READ_MODEL_DB } from '../../projections/read-model-database';

export interface HistoryEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
}

const MASKED_FIELDS = ['caseRef', 'summary'] as const;

/** Hides caseRef and summary in the events of a confidential decision, as the view does. */
function masked(data: unknown): unknown {
  const record = data as Record<string, unknown>;
  const changes = record.changes as Record<string, unknown> | undefined;
  const hide = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, (MASKED_FIELDS as readonly string[]).includes(k) && v !== null ? null : v]));
  return changes ? { ...record, changes: hide(changes) } : hide(record);
}

@Injectable()
export class DecisionHistoryQuery {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  events(boardId: string, decisionId: string, maySeeConfidential: boolean): { events: HistoryEntry[] } {
    const logged = eventLogQueries.decisionHistory(this.db, decisionId);
    const first = logged[0]?.data as { boardId?: string } | undefined;
    if (!first || first.boardId !== boardId) throw new DecisionNotFoundError(decisionId);
    const confidential = this.isConfidential(decisionId);
    return {
      events: logged.map((e: LoggedEvent) => ({
        position: e.position,
        type: e.type,
        recordedAt: e.recordedAt,
        actor: e.actor,
        data: confidential && !maySeeConfidential ? masked(e.data) : e.data,
      })),
    };
  }

  private isConfidential(decisionId: string): boolean {
    const history = this.db.prepare('SELECT history FROM dt_decisions WHERE decision_id = ?').pluck().get(decisionId) as
      | string
      | undefined;
    return history !== undefined && (JSON.parse(history) as { facts: { confidential: boolean } }).facts.confidential;
  }
}
