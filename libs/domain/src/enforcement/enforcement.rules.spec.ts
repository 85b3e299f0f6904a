import type { EnforcementRecord } from './enforcement.decider';
import { enforcementAsOf, isEnforcementTracked, notEnforcedInTime } from './enforcement.rules';

const steps = (...pairs: [EnforcementRecord['step'], string][]): EnforcementRecord[] =>
  pairs.map(([step, on]) => ({ step, on }));

describe('enforcement of favourable decisions', () => {
  it('given a favourable decision under an unenforcedReporting item, then it is tracked; otherwise not', () => {
    expect(isEnforcementTracked(true, true)).toBe(true);
    expect(isEnforcementTracked(undefined, true)).toBe(false);
    expect(isEnforcementTracked(true, undefined)).toBe(false);
    expect(isEnforcementTracked(false, true)).toBe(false);
  });

  it('given nothing enforced, then reportableSince is three calendar months on, clamped to the month end', () => {
    expect(enforcementAsOf('2023-11-30', [], '2024-01-01')).toEqual({
      status: 'not-enforced',
      enforcedOn: null,
      interruptedOn: null,
      reportableSince: '2024-02-29',
    });
  });

  it('given not enforced, then NOT_ENFORCED_IN_TIME from the day after reportableSince', () => {
    const view = enforcementAsOf('2023-11-30', [], '2024-03-01');
    expect(notEnforcedInTime(view, '2024-02-29')).toBe(false);
    expect(notEnforcedInTime(view, '2024-03-01')).toBe(true);
  });

  it('given enforced, then never NOT_ENFORCED_IN_TIME', () => {
    const view = enforcementAsOf('2023-01-10', steps(['enforced', '2023-06-01']), '2024-01-01');
    expect(view).toMatchObject({ status: 'enforced', enforcedOn: '2023-06-01' });
    expect(notEnforcedInTime(view, '2024-01-01')).toBe(false);
  });

  it('given interrupted, then the three months run from the interruption', () => {
    const view = enforcementAsOf(
      '2023-01-10',
      steps(['enforced', '2023-02-01'], ['interrupted', '2023-05-31']),
      '2023-09-01',
    );
    expect(view).toEqual({
      status: 'interrupted',
      enforcedOn: '2023-02-01',
      interruptedOn: '2023-05-31',
      reportableSince: '2023-08-31',
    });
    expect(notEnforcedInTime(view, '2023-09-01')).toBe(true);
  });

  it('given resumed, then enforced again with the first enforcement kept', () => {
    const history = steps(
      ['enforced', '2023-02-01'],
      ['interrupted', '2023-05-31'],
      ['resumed', '2023-07-01'],
    );
    expect(enforcementAsOf('2023-01-10', history, '2023-09-01')).toMatchObject({
      status: 'enforced',
      enforcedOn: '2023-02-01',
      interruptedOn: null,
    });
  });

  it('given steps after the day asked about, then they do not count yet', () => {
    const history = steps(['enforced', '2023-02-01'], ['interrupted', '2023-05-31']);
    expect(enforcementAsOf('2023-01-10', history, '2023-01-31').status).toBe('not-enforced');
    expect(enforcementAsOf('2023-01-10', history, '2023-05-30').status).toBe('enforced');
  });
});
