import type Database from 'better-sqlite3';
import { sql } from '../../projections/statements';

const MASKED_FIELDS: readonly string[] = ['caseRef', 'summary'];

function hide(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      MASKED_FIELDS.includes(key) && value !== null ? null : value,
    ]),
  );
}

/** An event's data with caseRef and summary hidden, at the top level and in an amendment's changes. */
export function maskedEventData(data: unknown): unknown {
  const record = data as Record<string, unknown>;
  const changes = record.changes as Record<string, unknown> | undefined;
  return changes ? { ...record, changes: hide(changes) } : hide(record);
}

/**
 * Whether a decision is confidential (sekretess) as it stands now: once a
 * decision is marked confidential, its earlier events are masked too.
 */
export function confidentialDecisions(db: Database.Database): (decisionId: string) => boolean {
  const find = sql(db, 'SELECT history FROM dt_decisions WHERE decision_id = ?').pluck();
  return (decisionId) => {
    const history = find.get(decisionId) as string | undefined;
    return (
      history !== undefined &&
      (JSON.parse(history) as { facts: { confidential: boolean } }).facts.confidential
    );
  };
}

/** Masks the events of confidential decisions for a caller who may not see them. */
export function maskConfidentialEvents<E extends { readonly data: unknown }>(
  db: Database.Database,
  events: readonly E[],
  maySee: (boardId: string) => boolean,
): E[] {
  const isConfidential = confidentialDecisions(db);
  return events.map((event) => {
    const data = event.data as { boardId?: unknown; decisionId?: unknown };
    const hidden =
      typeof data?.decisionId === 'string' &&
      typeof data.boardId === 'string' &&
      !maySee(data.boardId) &&
      isConfidential(data.decisionId);
    return hidden ? { ...event, data: maskedEventData(event.data) } : event;
  });
}
