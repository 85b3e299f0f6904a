import type { LoggedEvent } from '../../../projections/event-log/event-log.queries';
import { EVENT_TYPES } from '../../texts/events.sv';

/** Rows a page of the log shows. */
export const EVENTS_PER_PAGE = 50;

export interface RevisionFilter {
  /** a known event type, or undefined for all */
  readonly type?: string;
  readonly fromPosition: number;
}

/** The filter from the query string; an unknown type or a bad position is no filter. */
export function revisionFilterOf(query: Record<string, unknown>): RevisionFilter {
  const type = typeof query.handelse === 'string' ? query.handelse : '';
  const from = Number(query.franPosition);
  return {
    type: (EVENT_TYPES as readonly string[]).includes(type) ? type : undefined,
    fromPosition: Number.isSafeInteger(from) && from >= 0 ? from : 0,
  };
}

/** The first position of the next page, exactly as GET /api/v1/audit/events answers it. */
export const nextPositionOf = (events: readonly LoggedEvent[], fromPosition: number): number =>
  events.length === 0 ? fromPosition : events[events.length - 1].position + 1;

export function revisionHref(path: string, filter: RevisionFilter): string {
  const query = new URLSearchParams();
  if (filter.type) query.set('handelse', filter.type);
  if (filter.fromPosition > 0) query.set('franPosition', String(filter.fromPosition));
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** An event's data on one line, as stored (after masking). */
export const compactData = (data: unknown): string => JSON.stringify(data);
