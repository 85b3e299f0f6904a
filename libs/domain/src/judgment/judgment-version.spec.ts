// Holds JUDGMENT_VERSION to the rules: a fixed corpus of decisions is judged,
// the judgments are fingerprinted, and the fingerprint must be the one recorded
// for the current version. A rule change shows up as a new fingerprint, which
// the record does not have until the version is bumped and the entry appended.
//
// The corpus is frozen with the record: extending it (or ifon.fixtures.ts)
// changes the fingerprint like a rule change does, so extend it together with
// the rule change it covers. A needless bump costs one rebuild, nothing more.
import { addDays } from '../shared/calendar-date';
import { statusOn } from './decision-status';
import { DECISION_STATUSES, FLAGS, ORDER_RULE_FLAGS } from './flags';
import {
  decision,
  IFON,
  ifonMeetings,
  meeting,
  UTSKOTT,
  version2022,
  version2023,
} from './ifon.fixtures';
import { judgeDecision, type JudgeDecisionInput } from './judge-decision';
import { JUDGMENT_VERSION } from './judgment-version';
import recordedFingerprints from './judgment-version.fingerprints.json';
import type { JudgedDecision, ReportAtMeeting } from './judgment.types';
import { MeetingCalendar, type CalendarMeeting } from './meeting-calendar';
import { OrderHistory } from './order-history';
import { isOnReportingList } from './reporting-list';

interface Case {
  readonly input: JudgeDecisionInput;
  /** The calendar's meetings, to ask which reporting lists the decision is on. */
  readonly meetings: readonly CalendarMeeting[];
}

/** Around every due date of the calendars, and long after all of them. */
const TODAYS = ['2023-01-31', '2023-02-01', '2023-04-13', '2023-04-14', '2023-05-23', '2023-05-24'];
const ALWAYS = '2030-01-01';

const ORDERS = [
  new OrderHistory([version2022, version2023]),
  // decisions before 2023-01-03 have no version in force, and take the earliest's route
  new OrderHistory([version2023]),
  new OrderHistory([]),
];

const LATER_MEETINGS = [
  // a list closed early, and a second meeting on the same day (ties go by id)
  meeting('su-2023-04-20', UTSKOTT, '2023-04-20', { listCutoff: '2023-04-05' }),
  meeting('su-2023-04-27-extra', UTSKOTT, '2023-04-27'),
  // after the nämnd's last meeting: a step reported here has nothing due next
  meeting('su-2023-06-08', UTSKOTT, '2023-06-08'),
];

const CALENDARS: readonly (readonly CalendarMeeting[])[] = [
  ifonMeetings,
  ifonMeetings.map((m) => (m.meetingId === 'su-2023-04-13' ? { ...m, cancelled: true } : m)),
  ifonMeetings.map((m) => (m.meetingId === 'su-2023-04-13' ? { ...m, receivesReports: false } : m)),
  [...ifonMeetings, ...LATER_MEETINGS],
  [],
];

const DECIDED_ON = [
  '2022-05-02',
  '2023-01-02',
  '2023-01-03',
  '2023-04-03',
  '2023-04-12',
  '2023-04-13',
  '2023-05-22',
  '2023-06-01',
];

// 10 days after 2023-04-03 is its due date: registered on it is not late, after it is
const REGISTERED_AFTER_DAYS = [0, 10, 60];

const at = (meetingId: string, position: number): ReportAtMeeting => {
  const { bodyId, date } = [...ifonMeetings, ...LATER_MEETINGS].find(
    (m) => m.meetingId === meetingId,
  )!;
  // some reports name their minutes paragraph, so the corpus covers the step's field
  const minutesParagraph = position % 20 === 0 ? `§ ${position}` : null;
  return { meetingId, bodyId, meetingDate: date, position, minutesParagraph };
};

/** Reports and amendments, in log positions, against the worked example's meetings. */
const HISTORIES: readonly {
  readonly reports: readonly ReportAtMeeting[];
  readonly amendmentPositions: readonly number[];
}[] = [
  { reports: [], amendmentPositions: [] },
  { reports: [at('su-2023-04-13', 10)], amendmentPositions: [] },
  { reports: [at('su-2023-04-27', 10)], amendmentPositions: [] },
  { reports: [at('su-2023-04-13', 10), at('ifon-2023-05-23', 20)], amendmentPositions: [] },
  { reports: [at('su-2023-04-27', 10), at('ifon-2023-05-23', 20)], amendmentPositions: [] },
  { reports: [at('ifon-2023-05-23', 10)], amendmentPositions: [] },
  { reports: [at('fc-2023-01-31', 10), at('ifon-2023-02-21', 20)], amendmentPositions: [] },
  { reports: [at('ifon-2023-05-23', 10), at('su-2023-04-13', 20)], amendmentPositions: [] },
  {
    reports: [at('su-2023-04-13', 10), at('su-2023-04-13', 11), at('su-2023-04-27', 12)],
    amendmentPositions: [],
  },
  { reports: [at('su-2023-06-08', 10)], amendmentPositions: [] },
  // the earliest of two reports at one meeting completes the step, the amendment is after it
  { reports: [at('su-2023-04-13', 10), at('su-2023-04-13', 12)], amendmentPositions: [11] },
  { reports: [at('su-2023-04-13', 10)], amendmentPositions: [5] },
  { reports: [at('su-2023-04-13', 10), at('ifon-2023-05-23', 20)], amendmentPositions: [5, 15] },
];

function* corpus(): Generator<Case> {
  const base = (facts: JudgedDecision, orders: OrderHistory): Case => ({
    input: {
      decision: facts,
      orders,
      calendar: new MeetingCalendar(ifonMeetings),
      boardBodyId: IFON,
      reports: [],
      amendmentPositions: [],
    },
    meetings: ifonMeetings,
  });
  // The order's rules: every item rule, delegate, amount and urgency, under every order.
  for (const orders of ORDERS)
    for (const itemCode of ['3.7.2', '3.8.1', '3.9.1', '3.9.9', '5.1.1', '9.9.9'])
      for (const role of ['socialsekreterare', 'socialt-utskott', 'vikarie'])
        for (const amount of [null, 10000, 10001])
          for (const urgent of [false, true])
            for (const decidedAt of DECIDED_ON) {
              const decidedBy = { name: 'Anna Andersson', role, id: null };
              const facts = { itemCode, decidedAt, registeredAt: decidedAt };
              yield base(decision({ ...facts, decidedBy, amount, urgent }), orders);
            }
  // The reporting: routes, calendars, reports on time, late and out of order,
  // amendments, late registration and annulment.
  const orders = ORDERS[0];
  for (const meetings of CALENDARS) {
    const calendar = new MeetingCalendar(meetings);
    for (const history of HISTORIES)
      for (const [itemCode, role] of [
        ['3.7.2', 'socialsekreterare'],
        ['5.1.1', 'socialt-utskott'],
        ['3.9.9', 'socialsekreterare'],
      ])
        for (const urgent of [false, true])
          for (const annulled of [false, true])
            for (const registeredAfter of REGISTERED_AFTER_DAYS)
              for (const decidedAt of DECIDED_ON) {
                const registeredAt = addDays(decidedAt, registeredAfter);
                const decidedBy = { name: 'Anna Andersson', role, id: null };
                const facts = { itemCode, decidedAt, registeredAt, decidedBy, urgent, annulled };
                const input = { decision: decision(facts), orders, calendar, boardBodyId: IFON };
                yield { input: { ...input, ...history }, meetings };
              }
  }
  // The worked example of domain.md as it ends: a decision on either side of the
  // new version, and the two of 2023-04-03, of which the utskott reported one late.
  const calendar = new MeetingCalendar(ifonMeetings);
  for (const [decidedAt, registeredAt, reports] of [
    ['2023-01-02', '2023-01-05', []],
    ['2023-01-04', '2023-01-05', []],
    ['2023-04-03', '2023-04-03', [at('su-2023-04-27', 11), at('ifon-2023-05-23', 13)]],
    ['2023-04-03', '2023-04-03', [at('su-2023-04-13', 10), at('ifon-2023-05-23', 12)]],
  ] as const) {
    const facts = decision({ decidedAt, registeredAt });
    const input = { decision: facts, orders, calendar, boardBodyId: IFON, reports };
    yield { input: { ...input, amendmentPositions: [] }, meetings: ifonMeetings };
  }
}

/**
 * After reporting (version 3): each new fact on both sides of its rule. The
 * items say how they are appealed and which are tracked, in a version of
 * their own so the cases above keep the worked example's order.
 */
function* afterReportingCases(): Generator<Case> {
  const afterItems = version2023.items.map((i) => ({
    ...i,
    unenforcedReporting: i.code !== '3.9.9',
    ...(i.code === '3.8.1' && { appeal: 'administrative' as const }),
    ...(i.code === '3.9.9' && { appeal: 'none' as const }),
    ...(i.code === '5.1.1' && {
      appeal: 'administrative' as const,
      matter: 'procurement' as const,
    }),
  }));
  const orders = new OrderHistory([version2022, { ...version2023, items: afterItems }]);
  const calendar = new MeetingCalendar(ifonMeetings);
  const base = { orders, calendar, boardBodyId: IFON, amendmentPositions: [] };
  const minutes = (approvedOn: string, announcedOn: string | null) => ({
    approvedOn,
    announcedOn,
    minutesRef: null,
  });
  const MINUTES = [
    undefined,
    // approved on the Monday, announced in time on the Wednesday or late on the Thursday
    (id: string) => (id === 'su-2023-04-13' ? minutes('2023-04-17', '2023-04-19') : null),
    (id: string) => (id === 'su-2023-04-13' ? minutes('2023-04-17', '2023-04-20') : null),
    (id: string) => (id === 'su-2023-04-13' ? minutes('2023-04-17', null) : null),
  ];
  const ENFORCEMENT = [
    undefined,
    [],
    [{ step: 'enforced' as const, on: '2023-05-02' }],
    [
      { step: 'enforced' as const, on: '2023-05-02' },
      { step: 'interrupted' as const, on: '2023-05-10' },
    ],
  ];
  const SEPARATE = [
    undefined,
    null,
    minutes('2023-04-10', null),
    minutes('2023-04-10', '2023-04-12'),
  ];
  for (const itemCode of ['3.7.2', '3.8.1', '3.9.1', '3.9.9', '5.1.1'])
    for (const automated of [false, true])
      for (const favourable of [undefined, false, true])
        for (const annulled of [false, true])
          for (const minutesOf of MINUTES)
            for (const reports of [[], [at('su-2023-04-13', 10)]])
              for (const enforcement of ENFORCEMENT)
                for (const separateMinutes of SEPARATE)
                  for (const separateMinutesDays of [undefined, 5]) {
                    const decidedBy = {
                      name: 'Beslutsmotor',
                      role: 'socialsekreterare',
                      id: null,
                      ...(automated && { automated: true as const }),
                    };
                    const facts = decision({ itemCode, decidedBy, favourable, annulled });
                    yield {
                      input: {
                        ...base,
                        decision: facts,
                        reports,
                        minutesOf,
                        enforcement,
                        separateMinutes,
                        separateMinutesDays,
                      },
                      meetings: ifonMeetings,
                    };
                  }
}

/** What the rules make of one case: the judgment, its status on each day, its lists. */
function judged({ input, meetings }: Case) {
  const judgment = judgeDecision(input);
  return {
    judgment,
    statuses: [...TODAYS, ALWAYS].map((today) => statusOn(judgment, today)),
    onListsOf: meetings.filter((m) => isOnReportingList(judgment, m)).map((m) => m.meetingId),
  };
}

/** JSON with object keys sorted, so the text depends on values, not on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * 64 bits of bryc's cyrb53, written out because libs/domain imports no
 * node:crypto: it only has to notice a change, with no adversary to resist.
 */
function fingerprintOf(text: string): string {
  // called through a local: under Jest's vm context a global Math.imul is not
  // inlined, which makes the loop over the corpus's 10 MB some 200 times slower
  const imul = Math.imul;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = imul(h1 ^ code, 2654435761);
    h2 = imul(h2 ^ code, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

describe('the judgment version', () => {
  const results = [...corpus(), ...afterReportingCases()].map(judged);
  // the flag and status lists are API and order the flags, so they are part of the rules
  const rules = { FLAGS, ORDER_RULE_FLAGS, DECISION_STATUSES };
  const text = [canonical(rules), ...results.map((result) => canonical(result))].join('\n');
  const fingerprint = fingerprintOf(text);
  const record: Readonly<Record<string, string>> = recordedFingerprints;
  const versions = Object.keys(record).map(Number);
  const latest = Math.max(0, ...versions);
  const recorded = record[JUDGMENT_VERSION];
  const entryKey =
    recorded === undefined || recorded === fingerprint ? JUDGMENT_VERSION : JUDGMENT_VERSION + 1;
  const entry = `"${entryKey}": "${fingerprint}"`;
  const appendEntry = `append ${entry} to judgment-version.fingerprints.json`;
  const howToBump =
    (recorded === undefined
      ? appendEntry
      : `bump JUDGMENT_VERSION in judgment-version.ts to ${entryKey} and ${appendEntry}`) +
    ' (UPDATE_JUDGMENT_FINGERPRINT=1 prints the entry)';

  if (process.env.UPDATE_JUDGMENT_FINGERPRINT === '1') {
    console.log(`judgment-version.fingerprints.json for these rules: ${entry}`);
  }

  it('given the corpus, then it still reaches every flag, status, reporting mode and list', () => {
    const flags = new Set(results.flatMap((r) => r.statuses.flatMap((s) => s.flags)));
    const statuses = new Set(results.flatMap((r) => r.statuses.map((s) => s.status)));
    const modes = new Set(results.map((r) => r.judgment.reporting.mode));
    expect([...flags].sort()).toEqual([...FLAGS].sort());
    expect([...statuses].sort()).toEqual([...DECISION_STATUSES].sort());
    expect([...modes].sort()).toEqual(['none', 'report', 'separate-minutes', 'unspecified']);
    expect(results.some((r) => r.onListsOf.length > 0)).toBe(true);
    expect(results.some((r) => r.judgment.currentStep === 1)).toBe(true);
  });

  it('given the record, then it is an append-only history that ends at JUDGMENT_VERSION', () => {
    expect(Number.isInteger(JUDGMENT_VERSION) && JUDGMENT_VERSION >= 1).toBe(true);
    expect(versions).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
    // Only neighbours: rules may well return to an older version's, and that
    // still needs a bump, since what is stored was judged by the version between.
    const unchanged = versions.filter((v) => record[v] === record[v - 1]);
    if (unchanged.length > 0) {
      throw new Error(
        `version ${unchanged.join(', ')} has the fingerprint of the one before: a bump ` +
          'without a rule change re-judges history for nothing; undo it',
      );
    }
    if (latest < JUDGMENT_VERSION) {
      throw new Error(
        `JUDGMENT_VERSION is ${JUDGMENT_VERSION} but the record ends at ${latest}: ${howToBump}`,
      );
    }
    if (latest > JUDGMENT_VERSION) {
      throw new Error(
        `the record goes to ${latest} but JUDGMENT_VERSION is ${JUDGMENT_VERSION}: ` +
          'a recorded version must be the one the rules run under',
      );
    }
  });

  it('when the corpus is judged, then its fingerprint is the one recorded for JUDGMENT_VERSION', () => {
    if (recorded === undefined) {
      throw new Error(
        `no fingerprint is recorded for JUDGMENT_VERSION ${JUDGMENT_VERSION}: ${howToBump}`,
      );
    }
    if (recorded !== fingerprint) {
      throw new Error(
        `the judgment rules changed but JUDGMENT_VERSION (${JUDGMENT_VERSION}) did not, so ` +
          `history stored under it would keep the old judgments: ${howToBump}`,
      );
    }
    expect(fingerprint).toBe(recorded);
  });
});
