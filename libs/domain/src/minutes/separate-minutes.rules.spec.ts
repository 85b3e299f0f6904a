import type { SeparateMinutesFacts } from './separate-minutes.rules';
import { DEFAULT_SEPARATE_MINUTES_DAYS, separateMinutesMissing } from './separate-minutes.rules';

const facts = (overrides: Partial<SeparateMinutesFacts> = {}): SeparateMinutesFacts => ({
  mode: 'separate-minutes',
  appealKind: 'legality-review',
  decidedAt: '2023-04-03',
  separateMinutes: null,
  separateMinutesDays: DEFAULT_SEPARATE_MINUTES_DAYS,
  ...overrides,
});
const approved = { approvedOn: '2023-04-05', announcedOn: null, minutesRef: null };

describe('SEPARATE_MINUTES_MISSING', () => {
  it('given no minutes, then missing only after the board’s days (default 14)', () => {
    expect(separateMinutesMissing(facts(), '2023-04-17')).toBe(false);
    expect(separateMinutesMissing(facts(), '2023-04-18')).toBe(true);
  });

  it('given approved but unannounced minutes, then still missing', () => {
    expect(separateMinutesMissing(facts({ separateMinutes: approved }), '2023-04-18')).toBe(true);
  });

  it('given announced minutes, also late ones, then not missing', () => {
    const announced = { ...approved, announcedOn: '2023-05-02' };
    expect(separateMinutesMissing(facts({ separateMinutes: announced }), '2023-06-01')).toBe(false);
  });

  it('given the board set 5 days, then missing from the sixth', () => {
    expect(separateMinutesMissing(facts({ separateMinutesDays: 5 }), '2023-04-08')).toBe(false);
    expect(separateMinutesMissing(facts({ separateMinutesDays: 5 }), '2023-04-09')).toBe(true);
  });

  it('given a decision not minuted separately, or not open to legality review, then never', () => {
    expect(separateMinutesMissing(facts({ mode: 'report' }), '2024-01-01')).toBe(false);
    expect(separateMinutesMissing(facts({ appealKind: 'administrative' }), '2024-01-01')).toBe(
      false,
    );
    expect(separateMinutesMissing(facts({ appealKind: 'none' }), '2024-01-01')).toBe(false);
  });
});
