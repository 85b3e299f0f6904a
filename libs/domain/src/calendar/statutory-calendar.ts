import {
  addDays,
  isoWeekday,
  isValidCalendarDate,
  type CalendarDate,
} from '../shared/calendar-date';
import { InvalidCalendarDateError } from '../shared/domain-errors';

/** The public holidays of lag (1989:253) om allmänna helgdagar, by their Swedish names. */
export const PUBLIC_HOLIDAYS = [
  'nyårsdagen',
  'trettondedag jul',
  'långfredagen',
  'påskdagen',
  'annandag påsk',
  'första maj',
  'Kristi himmelsfärdsdag',
  'pingstdagen',
  'nationaldagen',
  'midsommardagen',
  'alla helgons dag',
  'juldagen',
  'annandag jul',
] as const;

export type PublicHolidayName = (typeof PUBLIC_HOLIDAYS)[number];

/**
 * The days besides weekends and public holidays on which lag (1930:173) om
 * beräkning av lagstadgad tid lets no statutory period end.
 */
export const STATUTORY_EVES = ['midsommarafton', 'julafton', 'nyårsafton'] as const;

export type StatutoryEveName = (typeof STATUTORY_EVES)[number];

export interface NamedDay<Name extends string> {
  readonly date: CalendarDate;
  readonly name: Name;
}

/**
 * Easter Sunday of a Gregorian year by the anonymous algorithm (Meeus, Jones,
 * Butcher), so no table runs out.
 */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

/** The public holidays of a year, in date order. */
export function publicHolidays(year: number): readonly NamedDay<PublicHolidayName>[] {
  const easter = easterSunday(year);
  const days: NamedDay<PublicHolidayName>[] = [
    { date: dateOf(year, 1, 1), name: 'nyårsdagen' },
    { date: dateOf(year, 1, 6), name: 'trettondedag jul' },
    { date: addDays(easter, -2), name: 'långfredagen' },
    { date: easter, name: 'påskdagen' },
    { date: addDays(easter, 1), name: 'annandag påsk' },
    { date: dateOf(year, 5, 1), name: 'första maj' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag' },
    { date: addDays(easter, 49), name: 'pingstdagen' },
    { date: dateOf(year, 6, 6), name: 'nationaldagen' },
    { date: midsommardagen(year), name: 'midsommardagen' },
    { date: saturdayFrom(dateOf(year, 10, 31)), name: 'alla helgons dag' },
    { date: dateOf(year, 12, 25), name: 'juldagen' },
    { date: dateOf(year, 12, 26), name: 'annandag jul' },
  ];
  // pingstdagen can fall after nationaldagen (2025-06-08)
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

export function statutoryEves(year: number): readonly NamedDay<StatutoryEveName>[] {
  return [
    { date: addDays(midsommardagen(year), -1), name: 'midsommarafton' },
    { date: dateOf(year, 12, 24), name: 'julafton' },
    { date: dateOf(year, 12, 31), name: 'nyårsafton' },
  ];
}

export function isPublicHoliday(date: CalendarDate): boolean {
  return publicHolidays(yearOf(date)).some((day) => day.date === date);
}

/**
 * A day on which no statutory period ends: a Saturday, a Sunday, a public
 * holiday, midsommarafton, julafton or nyårsafton.
 */
export function isStatutoryDayOff(date: CalendarDate): boolean {
  const weekday = isoWeekday(date);
  if (weekday === 6 || weekday === 7) return true;
  const year = yearOf(date);
  return [...publicHolidays(year), ...statutoryEves(year)].some((day) => day.date === date);
}

/**
 * The day a statutory period whose last day is `lastDay` really ends: that day,
 * or the next one that is no day off (lag 1930:173).
 */
export function statutoryDeadline(lastDay: CalendarDate): CalendarDate {
  let day = lastDay;
  while (isStatutoryDayOff(day)) day = addDays(day, 1);
  return day;
}

/** The Saturday between 20 and 26 June. */
function midsommardagen(year: number): CalendarDate {
  return saturdayFrom(dateOf(year, 6, 20));
}

/** The first Saturday on or after `date`. */
function saturdayFrom(date: CalendarDate): CalendarDate {
  return addDays(date, (6 - isoWeekday(date) + 7) % 7);
}

function yearOf(date: CalendarDate): number {
  if (!isValidCalendarDate(date)) throw new InvalidCalendarDateError('date', date);
  return Number(date.slice(0, 4));
}

function dateOf(year: number, month: number, day: number): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
