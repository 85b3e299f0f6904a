import { InvalidCalendarDateError } from './domain-errors';

/**
 * A calendar date `YYYY-MM-DD` in Europe/Stockholm. Kept as a string because
 * decisions and meetings happen on days, not instants: the ISO form compares
 * correctly as a string, so no time zone can shift a date.
 */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function previousDay(date: CalendarDate): CalendarDate {
  return addDays(date, -1);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: CalendarDate): number {
  // day 0 of the day numbers is 1970-01-01, a Thursday
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The same day `months` calendar months later, clamped to that month's last
 * day when it is shorter (2023-11-30 + 3 months = 2024-02-29).
 */
export function addMonthsClamped(date: CalendarDate, months: number): CalendarDate {
  if (!isValidCalendarDate(date)) throw new InvalidCalendarDateError('date', date);
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Integer day arithmetic (H. Hinnant's days-from-civil) instead of `Date`, so
// the result never depends on the host's time zone or on DST.
function toDayNumber(date: CalendarDate): number {
  if (!isValidCalendarDate(date)) throw new InvalidCalendarDateError('date', date);
  const [day, month] = [Number(date.slice(8, 10)), Number(date.slice(5, 7))];
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const result = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isValidCalendarDate(result)) throw new InvalidCalendarDateError('date', result);
  return result;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
