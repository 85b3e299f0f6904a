// The seed's "Redovisning av ej verkställda gynnande beslut" for IFON, first
// quarter 2023 (a public document of Borås Stad's IFON), as the facts that
// produce it: each reported decision is dated 2023-03-31 minus its day count.
// The six decisions that left the list during the quarter (15 in Q4 2022, 11
// now) are not in the seed; they are made up, as are the ids and item codes,
// and the decisions that must stay off the report. The HTTP scenario (still to
// be written) is meant to record the same facts through the doors and expect
// the same report.
import { addDays, type CalendarDate } from '../shared/calendar-date';
import type { EnforcementStep } from './enforcement.events';
import type { SubjectGender, UnenforcedCandidate } from './unenforced-report';

export const SEED_QUARTER = '2023-Q1';
export const SEED_AS_OF: CalendarDate = '2023-03-31';
export const BARN_OCH_UNGA = 'IFO Barn och unga';
export const VUXEN = 'IFO Vuxen';

/** The items of the delegation order the decisions fall under. */
export const SEED_ITEMS = [
  { code: '3.2.1', title: 'Kontaktfamilj', unenforcedReporting: true },
  { code: '3.4.1', title: 'Omedelbart omhändertagande', unenforcedReporting: true },
  { code: '3.5.1', title: 'HVB/Institutionsvård barn och unga', unenforcedReporting: true },
  { code: '4.1.1', title: 'Boendesocial insats med andrahandskontrakt', unenforcedReporting: true },
  { code: '4.2.1', title: 'HVB/Institutionsvård', unenforcedReporting: true },
  { code: '5.1.1', title: 'Ekonomiskt bistånd', unenforcedReporting: false },
] as const;

export const KONTAKTFAMILJ = '3.2.1';

export interface SeedDecision {
  readonly decisionId: string;
  readonly itemCode: string;
  readonly decidedAt: CalendarDate;
  readonly favourable: boolean;
  readonly annulled: boolean;
  readonly subject: { readonly gender: SubjectGender; readonly area: string };
  readonly enforcement: readonly { readonly event: EnforcementStep; readonly on: CalendarDate }[];
}

const decided = (days: number): CalendarDate => addDays(SEED_AS_OF, -days);

const seedDecision = (
  decisionId: string,
  itemCode: string,
  decidedAt: CalendarDate,
  gender: SubjectGender,
  area: string,
  rest: Partial<Pick<SeedDecision, 'favourable' | 'annulled' | 'enforcement'>> = {},
): SeedDecision => ({
  decisionId,
  itemCode,
  decidedAt,
  favourable: true,
  annulled: false,
  subject: { gender, area },
  enforcement: [],
  ...rest,
});

/** The seed table's rows, in its order: area, then days since decision descending. */
export const SEED_TABLE = [
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 746, gender: 'K' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 676, gender: 'M' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 616, gender: 'M' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 466, gender: 'K' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 463, gender: 'M' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 330, gender: 'M' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 330, gender: 'M' },
  { area: BARN_OCH_UNGA, itemCode: '3.2.1', days: 122, gender: 'K' },
  { area: BARN_OCH_UNGA, itemCode: '3.4.1', days: 100, gender: 'M' },
  { area: VUXEN, itemCode: '4.1.1', days: 289, gender: 'M' },
  { area: VUXEN, itemCode: '4.2.1', days: 211, gender: 'M' },
] as const;

const reported = SEED_TABLE.map((row, i) =>
  seedDecision(
    `q1-${String(i + 1).padStart(2, '0')}`,
    row.itemCode,
    decided(row.days),
    row.gender,
    row.area,
    // the kontaktfamilj of 122 days starts in April: as of 2023-03-31 it still counts
    { enforcement: row.days === 122 ? [{ event: 'enforced', on: '2023-04-20' }] : [] },
  ),
);

/** On the Q4 2022 report, enforced during Q1 2023: the seed's two, and four more. */
const enforcedInQ1 = [
  // the placement outside the home, now at an HVB
  seedDecision('q4-hvb', '3.5.1', '2022-05-10', 'M', BARN_OCH_UNGA, {
    enforcement: [{ event: 'enforced', on: '2023-02-14' }],
  }),
  // the child who waited four years for a kontaktfamilj
  seedDecision('q4-kontaktfamilj-4-ar', '3.2.1', '2019-03-20', 'K', BARN_OCH_UNGA, {
    enforcement: [{ event: 'enforced', on: '2023-03-15' }],
  }),
  seedDecision('q4-kontaktfamilj-a', '3.2.1', '2022-04-04', 'M', BARN_OCH_UNGA, {
    enforcement: [{ event: 'enforced', on: '2023-01-09' }],
  }),
  seedDecision('q4-kontaktfamilj-b', '3.2.1', '2022-08-22', 'K', BARN_OCH_UNGA, {
    enforcement: [{ event: 'enforced', on: '2023-03-31' }],
  }),
  seedDecision('q4-boende', '4.1.1', '2022-06-01', 'M', VUXEN, {
    enforcement: [{ event: 'enforced', on: '2023-02-01' }],
  }),
  // enforced, interrupted in the summer, resumed in the quarter
  seedDecision('q4-hvb-vuxen', '4.2.1', '2022-03-01', 'M', VUXEN, {
    enforcement: [
      { event: 'enforced', on: '2022-04-01' },
      { event: 'interrupted', on: '2022-07-15' },
      { event: 'resumed', on: '2023-01-20' },
    ],
  }),
];

/** Facts that must keep a decision off both reports. */
const offTheReport = [
  // enforced within three months
  seedDecision('in-time', '3.2.1', '2022-10-03', 'K', BARN_OCH_UNGA, {
    enforcement: [{ event: 'enforced', on: '2022-12-20' }],
  }),
  // decided in the quarter: not yet three months
  seedDecision('too-new', '3.2.1', '2023-01-02', 'M', BARN_OCH_UNGA),
  // not favourable, under an item with no reporting, annulled
  seedDecision('not-favourable', '3.2.1', '2022-01-10', 'M', BARN_OCH_UNGA, { favourable: false }),
  seedDecision('untracked-item', '5.1.1', '2022-01-10', 'M', VUXEN),
  seedDecision('annulled', '3.2.1', '2022-01-10', 'K', BARN_OCH_UNGA, { annulled: true }),
];

export const SEED_DECISIONS: readonly SeedDecision[] = [
  ...reported,
  ...enforcedInQ1,
  ...offTheReport,
];

export const SEED_REPORTED_IDS = reported.map((d) => d.decisionId);
export const SEED_ENFORCED_IN_Q1_IDS = enforcedInQ1.map((d) => d.decisionId);

/** The report's input for a seed decision, as a read model would assemble it. */
export function seedCandidate(decision: SeedDecision): UnenforcedCandidate {
  const item = SEED_ITEMS.find((candidate) => candidate.code === decision.itemCode);
  if (item === undefined) throw new Error(`no item ${decision.itemCode} in the fixture`);
  return {
    decisionId: decision.decisionId,
    decidedAt: decision.decidedAt,
    favourable: decision.favourable,
    annulled: decision.annulled,
    area: decision.subject.area,
    gender: decision.subject.gender,
    itemCode: item.code,
    itemTitle: item.title,
    unenforcedReporting: item.unenforcedReporting,
    enforcement: decision.enforcement.map(({ event, on }) => ({ step: event, on })),
  };
}
