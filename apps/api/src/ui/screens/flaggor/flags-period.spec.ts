import { readFlagsPeriod, yearBefore } from './flags-period';

describe('the flags screen’s period', () => {
  it('is by default the last 12 months up to today, both ends included', () => {
    expect(readFlagsPeriod({}, '2026-12-03')).toEqual({
      from: '2025-12-04',
      to: '2026-12-03',
      fromText: '2025-12-04',
      toText: '2026-12-03',
      errors: [],
    });
    expect(readFlagsPeriod({}, '2024-02-29')).toMatchObject({
      from: '2023-03-01',
      to: '2024-02-29',
    });
  });

  it('takes the dates given; a start alone ends today, an end alone starts 12 months before it', () => {
    expect(readFlagsPeriod({ fran: '2023-01-01', till: '2023-12-31' }, '2026-12-03')).toMatchObject(
      {
        from: '2023-01-01',
        to: '2023-12-31',
      },
    );
    expect(readFlagsPeriod({ fran: '2026-01-01' }, '2026-12-03')).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-03',
    });
    expect(readFlagsPeriod({ till: '2023-06-30' }, '2026-12-03')).toMatchObject({
      from: '2022-07-01',
      to: '2023-06-30',
    });
  });

  it('given a date that is not one, or an end before the start, then the error and the default period', () => {
    expect(readFlagsPeriod({ fran: '2023-13-01' }, '2026-12-03')).toMatchObject({
      from: '2025-12-04',
      fromText: '2023-13-01',
      errors: [{ field: 'fran' }],
    });
    expect(readFlagsPeriod({ fran: '2023-05-01', till: '2023-04-01' }, '2026-12-03')).toMatchObject(
      {
        from: '2025-12-04',
        to: '2026-12-03',
        fromText: '2023-05-01',
        toText: '2023-04-01',
        errors: [{ field: 'till', message: 'Slutdatumet kan inte vara före startdatumet.' }],
      },
    );
  });

  it('a year before 29 February is 28 February', () => {
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
    expect(yearBefore('2023-03-01')).toBe('2022-03-01');
  });
});
