import { InvalidQuarterError } from '../shared/domain-errors';
import {
  BARN_OCH_UNGA,
  KONTAKTFAMILJ,
  SEED_AS_OF,
  SEED_DECISIONS,
  SEED_ENFORCED_IN_Q1_IDS,
  SEED_QUARTER,
  SEED_REPORTED_IDS,
  SEED_TABLE,
  VUXEN,
  seedCandidate,
} from './unenforced-report.fixtures';
import { parseQuarter, unenforcedReport, type UnenforcedCandidate } from './unenforced-report';

const candidates = SEED_DECISIONS.map(seedCandidate);

describe("unenforced favourable decisions: the seed's first-quarter report", () => {
  const report = unenforcedReport(SEED_QUARTER, candidates);

  it('given the seed’s facts, then 11 decisions as of 2023-03-31: 9 barn och unga, 2 vuxen, 8 kontaktfamilj', () => {
    expect(report.quarter).toBe('2023-Q1');
    expect(report.asOfDate).toBe(SEED_AS_OF);
    expect(report.counts.total).toBe(11);
    expect(report.counts.byArea).toEqual({ [BARN_OCH_UNGA]: 9, [VUXEN]: 2 });
    expect(report.counts.byItem[KONTAKTFAMILJ]).toBe(8);
    expect(report.counts.byGender).toEqual({ K: 3, M: 8 });
  });

  it('then the rows are the seed table’s, ordered by area then days descending', () => {
    expect(
      report.items.map(({ area, itemCode, daysSinceDecision, gender }) => ({
        area,
        itemCode,
        days: daysSinceDecision,
        gender,
      })),
    ).toEqual(SEED_TABLE);
    expect(report.items.map((item) => item.daysSinceDecision)).toEqual([
      746, 676, 616, 466, 463, 330, 330, 122, 100, 289, 211,
    ]);
    expect([...report.items.map((item) => item.decisionId)].sort()).toEqual(SEED_REPORTED_IDS);
    expect(report.items[0]).toMatchObject({ itemTitle: 'Kontaktfamilj', interruptedOn: null });
  });

  it('then the previous quarter had 15, of which six were enforced during the quarter', () => {
    expect(report.previousQuarterTotal).toBe(15);
    expect([...report.enforcedSinceLastQuarter].sort()).toEqual(
      [...SEED_ENFORCED_IN_Q1_IDS].sort(),
    );
  });

  it('given the candidates in another order, then the same report', () => {
    expect(unenforcedReport(SEED_QUARTER, [...candidates].reverse())).toEqual(report);
  });
});

describe('unenforced favourable decisions: the rules of the report', () => {
  const candidate = (overrides: Partial<UnenforcedCandidate> = {}): UnenforcedCandidate => ({
    decisionId: 'd-1',
    decidedAt: '2022-11-30',
    favourable: true,
    annulled: false,
    area: null,
    gender: null,
    itemCode: '3.2.1',
    itemTitle: 'Kontaktfamilj',
    unenforcedReporting: true,
    enforcement: [],
    ...overrides,
  });

  it('given a decision of 2022-11-30, then it is reported after 2023-02-28, not on it', () => {
    expect(unenforcedReport('2023-Q1', [candidate()]).counts.total).toBe(1);
    expect(unenforcedReport('2022-Q4', [candidate()]).counts.total).toBe(0);
    const onTheDay = candidate({ decidedAt: '2022-12-31' });
    expect(unenforcedReport('2023-Q1', [onTheDay]).counts.total).toBe(0);
    expect(unenforcedReport('2023-Q1', [candidate({ decidedAt: '2022-12-30' })]).counts.total).toBe(
      1,
    );
  });

  it('given an interruption three months before the quarter’s end, then it is reported with interruptedOn', () => {
    const interrupted = candidate({
      decidedAt: '2022-01-10',
      enforcement: [
        { step: 'enforced', on: '2022-02-01' },
        { step: 'interrupted', on: '2022-12-20' },
      ],
    });
    expect(unenforcedReport('2023-Q1', [interrupted]).items).toEqual([
      expect.objectContaining({ interruptedOn: '2022-12-20', daysSinceDecision: 445 }),
    ]);
    expect(unenforcedReport('2022-Q4', [interrupted]).items).toEqual([]);
  });

  it('given no area or gender, then they count as unspecified', () => {
    expect(unenforcedReport('2023-Q1', [candidate()]).counts).toMatchObject({
      byArea: { unspecified: 1 },
      byGender: { unspecified: 1 },
    });
  });

  it.each(['2023-Q5', '2023Q1', '23-Q1', ''])('rejects the quarter %p', (quarter) => {
    expect(() => parseQuarter(quarter)).toThrow(InvalidQuarterError);
  });

  it.each([
    ['2023-Q1', '2023-03-31', '2022-Q4'],
    ['2023-Q2', '2023-06-30', '2023-Q1'],
    ['2023-Q3', '2023-09-30', '2023-Q2'],
    ['2023-Q4', '2023-12-31', '2023-Q3'],
  ])('parses %s as ending %s after %s', (quarter, asOfDate, previous) => {
    expect(parseQuarter(quarter)).toEqual({ asOfDate, previous });
  });
});
