import { InvalidCalendarDateError } from '../shared/domain-errors';
import {
  easterSunday,
  isPublicHoliday,
  isStatutoryDayOff,
  publicHolidays,
  statutoryDeadline,
  statutoryEves,
} from './statutory-calendar';

// The official Swedish dates, written out by hand (not computed), per year.
const OFFICIAL: Record<number, Record<string, string>> = {
  2023: {
    nyårsdagen: '2023-01-01',
    'trettondedag jul': '2023-01-06',
    långfredagen: '2023-04-07',
    påskdagen: '2023-04-09',
    'annandag påsk': '2023-04-10',
    'första maj': '2023-05-01',
    'Kristi himmelsfärdsdag': '2023-05-18',
    pingstdagen: '2023-05-28',
    nationaldagen: '2023-06-06',
    midsommardagen: '2023-06-24',
    'alla helgons dag': '2023-11-04',
    juldagen: '2023-12-25',
    'annandag jul': '2023-12-26',
  },
  2024: {
    nyårsdagen: '2024-01-01',
    'trettondedag jul': '2024-01-06',
    långfredagen: '2024-03-29',
    påskdagen: '2024-03-31',
    'annandag påsk': '2024-04-01',
    'första maj': '2024-05-01',
    'Kristi himmelsfärdsdag': '2024-05-09',
    pingstdagen: '2024-05-19',
    nationaldagen: '2024-06-06',
    midsommardagen: '2024-06-22',
    'alla helgons dag': '2024-11-02',
    juldagen: '2024-12-25',
    'annandag jul': '2024-12-26',
  },
  2025: {
    nyårsdagen: '2025-01-01',
    'trettondedag jul': '2025-01-06',
    långfredagen: '2025-04-18',
    påskdagen: '2025-04-20',
    'annandag påsk': '2025-04-21',
    'första maj': '2025-05-01',
    'Kristi himmelsfärdsdag': '2025-05-29',
    pingstdagen: '2025-06-08',
    nationaldagen: '2025-06-06',
    midsommardagen: '2025-06-21',
    'alla helgons dag': '2025-11-01',
    juldagen: '2025-12-25',
    'annandag jul': '2025-12-26',
  },
  2026: {
    nyårsdagen: '2026-01-01',
    'trettondedag jul': '2026-01-06',
    långfredagen: '2026-04-03',
    påskdagen: '2026-04-05',
    'annandag påsk': '2026-04-06',
    'första maj': '2026-05-01',
    'Kristi himmelsfärdsdag': '2026-05-14',
    pingstdagen: '2026-05-24',
    nationaldagen: '2026-06-06',
    midsommardagen: '2026-06-20',
    'alla helgons dag': '2026-10-31',
    juldagen: '2026-12-25',
    'annandag jul': '2026-12-26',
  },
};

const MIDSOMMARAFTON: Record<number, string> = {
  2023: '2023-06-23',
  2024: '2024-06-21',
  2025: '2025-06-20',
  2026: '2026-06-19',
};

describe('statutory calendar: public holidays (lag 1989:253)', () => {
  it.each([2023, 2024, 2025, 2026])(
    'given %i, then every holiday is on its official date',
    (year) => {
      const holidays = publicHolidays(year);
      expect(Object.fromEntries(holidays.map((day) => [day.name, day.date]))).toEqual(
        OFFICIAL[year],
      );
      expect(holidays).toHaveLength(13);
      const dates = holidays.map((day) => day.date);
      expect(dates).toEqual([...dates].sort());
    },
  );

  it.each([2023, 2024, 2025, 2026])(
    'given %i, then the eves are midsommarafton, julafton, nyårsafton',
    (year) => {
      expect(statutoryEves(year)).toEqual([
        { date: MIDSOMMARAFTON[year], name: 'midsommarafton' },
        { date: `${year}-12-24`, name: 'julafton' },
        { date: `${year}-12-31`, name: 'nyårsafton' },
      ]);
    },
  );

  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('computes Easter Sunday %i on %s, the extremes included', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('when a date is a holiday, then it is one and a day off; a plain weekday is neither', () => {
    expect(isPublicHoliday('2023-11-04')).toBe(true);
    expect(isPublicHoliday('2023-06-23')).toBe(false);
    expect(isStatutoryDayOff('2023-06-23')).toBe(true);
    expect(isStatutoryDayOff('2023-04-08')).toBe(true);
    expect(isStatutoryDayOff('2023-04-12')).toBe(false);
    expect(isStatutoryDayOff('2024-12-27')).toBe(false);
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => isPublicHoliday('2023-02-30')).toThrow(InvalidCalendarDateError);
  });
});

describe('statutory calendar: statutoryDeadline (lag 1930:173)', () => {
  it.each([
    ['a weekday stays', '2023-04-12', '2023-04-12'],
    ['a Saturday moves to Monday', '2023-04-15', '2023-04-17'],
    ['långfredagen jumps Easter to the Tuesday', '2023-04-07', '2023-04-11'],
    ['påskdagen 2024 jumps to the Tuesday', '2024-03-31', '2024-04-02'],
    ['Kristi himmelsfärdsdag moves to the Friday', '2025-05-29', '2025-05-30'],
    ['midsommarafton jumps midsommar to the Monday', '2023-06-23', '2023-06-26'],
    ['midsommarafton 2026 jumps midsommar to the Monday', '2026-06-19', '2026-06-22'],
    ['nationaldagen on a Saturday moves to Monday', '2026-06-06', '2026-06-08'],
    ['julafton on a Sunday jumps Christmas', '2023-12-24', '2023-12-27'],
    ['julafton on a Tuesday jumps Christmas to the Friday', '2024-12-24', '2024-12-27'],
    ['a Saturday before nyårsafton jumps the new year', '2023-12-30', '2024-01-02'],
    ['nyårsafton on a Wednesday jumps to the Friday', '2025-12-31', '2026-01-02'],
    ['alla helgons dag moves to Monday', '2023-11-04', '2023-11-06'],
    ['trettondedag jul on a Tuesday moves to Wednesday', '2026-01-06', '2026-01-07'],
  ])('given %s: %s ends on %s', (_why, lastDay, deadline) => {
    expect(statutoryDeadline(lastDay)).toBe(deadline);
  });
});
