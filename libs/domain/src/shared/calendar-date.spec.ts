import {
  addDays,
  addMonthsClamped,
  daysBetween,
  isValidCalendarDate,
  isoWeekday,
  previousDay,
} from './calendar-date';
import { InvalidCalendarDateError } from './domain-errors';

describe('calendar dates', () => {
  it.each(['2023-04-13', '2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'])(
    'accepts %s',
    (date) => {
      expect(isValidCalendarDate(date)).toBe(true);
    },
  );

  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-4-13',
    '2023-04-13T00:00',
    '',
    20230413,
    null,
  ])('rejects %p', (value) => {
    expect(isValidCalendarDate(value)).toBe(false);
  });

  it.each([
    ['2023-04-13', 1, '2023-04-14'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-03-26', 1, '2023-03-27'], // the DST change in Stockholm changes nothing
    ['2023-04-13', -13, '2023-03-31'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('adds to %s %d days: %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('gives the previous day across month and year ends', () => {
    expect(previousDay('2023-05-01')).toBe('2023-04-30');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2023-01-01')).toBe('2022-12-31');
  });

  it('refuses to compute with a date that does not exist', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(InvalidCalendarDateError);
  });

  it.each([
    ['1970-01-01', 4],
    ['2023-04-09', 7],
    ['2023-06-24', 6],
    ['2024-02-29', 4],
    ['2026-12-28', 1],
  ])('knows %s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2023-11-30', 3, '2024-02-29'],
    ['2022-11-30', 3, '2023-02-28'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-10-15', 3, '2024-01-15'],
    ['2023-03-31', -3, '2022-12-31'],
  ])('adds to %s %i calendar months, clamped to the month end: %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it('counts the days between two dates across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-03-31', '2021-03-15')).toBe(-746);
  });
});
