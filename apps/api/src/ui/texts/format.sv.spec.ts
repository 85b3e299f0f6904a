import { formatAmount, formatDate, formatDateTime, formatNumber } from './format.sv';

describe('Swedish formatting', () => {
  it('writes dates as 2023-05-23', () => {
    expect(formatDate('2023-05-23')).toBe('2023-05-23');
    expect(formatDate('2023-05-23T10:00:00.000Z')).toBe('2023-05-23');
    expect(() => formatDate('23/5 2023')).toThrow();
  });

  it('writes a timestamp in Swedish time', () => {
    expect(formatDateTime('2023-05-23T10:05:00.000Z')).toBe('2023-05-23 12:05');
    expect(formatDateTime('2023-01-10T10:05:00.000Z')).toBe('2023-01-10 11:05');
  });

  it('groups thousands with a narrow no-break space and writes decimals with a comma', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1\u202f000');
    expect(formatNumber(100000)).toBe('100\u202f000');
    expect(formatNumber(1234567.891, 2)).toBe('1\u202f234\u202f567,89');
    expect(formatNumber(-2500)).toBe('−2\u202f500');
    expect(formatAmount(12500)).toBe('12\u202f500\u202fkr');
  });
});
