import { addDays, type CalendarDate } from '@delegationsbeslut/domain';
import type { FieldError } from '../../components';
import { queryDate, queryValue } from '../board-screen';

export interface FlagsPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** what the date fields show: the dates, or the text that was not a date */
  readonly fromText: string;
  readonly toText: string;
  readonly errors: readonly FieldError[];
}

/** The day a year before `date` (29 February goes to the 28th). */
export function yearBefore(date: CalendarDate): CalendarDate {
  const shifted = `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`;
  return shifted.endsWith('-02-29') ? `${shifted.slice(0, 8)}28` : shifted;
}

/**
 * The period of the flags screen (fran, till; by decision date, both
 * included): by default the last 12 months up to today. A date that is not a
 * date, or a period that ends before it starts, is shown as an error and the
 * default period is counted instead.
 */
export function readFlagsPeriod(
  query: Readonly<Record<string, unknown>>,
  today: CalendarDate,
): FlagsPeriod {
  const from = queryDate('fran', query.fran);
  const to = queryDate('till', query.till);
  const errors = [from.error, to.error].filter((e): e is FieldError => e !== undefined);
  const defaultTo = to.date ?? today;
  const period = {
    from: from.date ?? addDays(yearBefore(defaultTo), 1),
    to: defaultTo,
  };
  if (errors.length === 0 && period.from > period.to) {
    errors.push({ field: 'till', message: 'Slutdatumet kan inte vara före startdatumet.' });
  }
  const counted = errors.length === 0 ? period : { from: addDays(yearBefore(today), 1), to: today };
  return {
    ...counted,
    fromText: queryValue(query.fran) ?? counted.from,
    toText: queryValue(query.till) ?? counted.to,
    errors,
  };
}
