import { type CalendarDate, FLAGS, type Flag } from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { FieldError } from '../../components';
import { queryDate, queryString, queryValue } from '../board-screen';

export const QUEUE_PAGE_SIZE = 100;

export type QueueStatus = 'pending' | 'overdue';

/** The queue's filters as the form and the page links carry them (organ, status, flagga, lage, sida). */
export interface QueueFilter {
  readonly bodyId?: string;
  readonly status?: QueueStatus;
  readonly flag?: Flag;
  /** the API's `today`: the day the queue is judged on */
  readonly today: CalendarDate;
  /** whether `today` was chosen (it then stays in the links) */
  readonly todayChosen: boolean;
  /** what the date field shows: the date chosen, or the text that was not a date */
  readonly todayText: string;
  /** 1-based */
  readonly page: number;
  readonly errors: readonly FieldError[];
}

/**
 * Reads the filter form: an unknown organ, status or flag is no filter (the
 * drop-downs offer only known ones), a date that is not a date is an error
 * shown next to the field, and the queue is then shown as of today.
 */
export function readQueueFilter(
  query: Readonly<Record<string, unknown>>,
  board: BoardView,
  today: CalendarDate,
): QueueFilter {
  const organ = queryValue(query.organ);
  const status = queryValue(query.status);
  const flag = queryValue(query.flagga);
  const page = Number(queryValue(query.sida) ?? '1');
  const chosen = queryDate('lage', query.lage);
  return {
    bodyId: board.bodies.some((b) => b.bodyId === organ) ? organ : undefined,
    status: status === 'pending' || status === 'overdue' ? status : undefined,
    flag: FLAGS.includes(flag as Flag) ? (flag as Flag) : undefined,
    today: chosen.date ?? today,
    todayChosen: chosen.date !== undefined,
    todayText: queryValue(query.lage) ?? today,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    errors: chosen.error ? [chosen.error] : [],
  };
}

/** The query string of the queue with these filters, on `page`. */
export function queueQuery(filter: QueueFilter, page: number): string {
  return queryString({
    organ: filter.bodyId,
    status: filter.status,
    flagga: filter.flag,
    lage: filter.todayChosen ? filter.today : undefined,
    sida: page > 1 ? page : undefined,
  });
}
