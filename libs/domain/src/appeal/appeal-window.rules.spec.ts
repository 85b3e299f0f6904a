import type { Judgment } from '../judgment/judgment.types';
import type { Minutes } from '../minutes/minutes.events';
import type { RecordedAppeal } from './appeal.decider';
import {
  announcementOf,
  appealKindOf,
  appealOn,
  appealWindowEnd,
  type AppealFacts,
} from './appeal-window.rules';

const appeal = (overrides: Partial<RecordedAppeal> = {}): RecordedAppeal => ({
  appealId: 'a-1',
  lodgedOn: '2023-06-12',
  court: null,
  caseRef: null,
  outcome: null,
  ...overrides,
});
const facts = (overrides: Partial<AppealFacts> = {}): AppealFacts => ({
  kind: 'legality-review',
  announcedOn: '2023-05-31',
  appeals: [],
  ...overrides,
});

describe('appeal window (KL 13:5): three weeks from the announcement, moved by the calendar', () => {
  it('given an announcement on a Monday, then the window ends on the Monday three weeks later', () => {
    expect(appealWindowEnd('2023-04-17')).toBe('2023-05-08');
  });

  it('given three weeks end on midsommarafton, then the window ends on the Monday after', () => {
    expect(appealWindowEnd('2023-06-02')).toBe('2023-06-26');
  });

  it('given three weeks end on julafton, then the window jumps Christmas', () => {
    expect(appealWindowEnd('2024-12-03')).toBe('2024-12-27');
  });

  it('given not yet announced, then the window has not started', () => {
    expect(appealOn(facts({ announcedOn: null }), '2023-06-01')).toEqual({
      kind: 'legality-review',
      windowStartsOn: null,
      windowEndsOn: null,
      status: 'not-started',
      finalOn: null,
      appeals: [],
    });
  });

  it('given the announcement, then the window is open through its last day and closed after it', () => {
    expect(appealOn(facts(), '2023-06-21')).toMatchObject({
      windowStartsOn: '2023-05-31',
      windowEndsOn: '2023-06-21',
      status: 'open',
      finalOn: null,
    });
    expect(appealOn(facts(), '2023-06-22')).toMatchObject({
      status: 'closed',
      finalOn: '2023-06-22',
    });
  });

  it('given an appeal without outcome, then appealed and not final, even after the window', () => {
    expect(appealOn(facts({ appeals: [appeal()] }), '2023-07-01')).toMatchObject({
      status: 'appealed',
      finalOn: null,
      appeals: [{ appealId: 'a-1', late: false, outcome: null, decidedOn: null }],
    });
  });

  it('given an appeal lodged after windowEndsOn, then it is kept with late: true', () => {
    const late = appealOn(facts({ appeals: [appeal({ lodgedOn: '2023-06-22' })] }), '2023-07-01');
    expect(late.appeals[0].late).toBe(true);
    expect(late.status).toBe('appealed');
  });

  it('given the court upheld the decision, then it is final on the outcome date', () => {
    const upheld = appeal({ outcome: { decidedOn: '2023-09-01', outcome: 'upheld' } });
    expect(appealOn(facts({ appeals: [upheld] }), '2023-09-02')).toMatchObject({
      status: 'upheld',
      finalOn: '2023-09-01',
      appeals: [{ outcome: 'upheld', decidedOn: '2023-09-01' }],
    });
  });

  it('given two appeals, one still undecided, then appealed; one quashed, then quashed and never final', () => {
    const upheld = appeal({ outcome: { decidedOn: '2023-09-01', outcome: 'upheld' } });
    const open = appeal({ appealId: 'a-2' });
    const quashed = appeal({
      appealId: 'a-2',
      outcome: { decidedOn: '2023-10-01', outcome: 'quashed' },
    });
    expect(appealOn(facts({ appeals: [upheld, open] }), '2023-09-02').status).toBe('appealed');
    expect(appealOn(facts({ appeals: [upheld, quashed] }), '2023-10-02')).toMatchObject({
      status: 'quashed',
      finalOn: null,
    });
  });

  it('given two appeals both upheld, then it is final on the later outcome', () => {
    const first = appeal({ outcome: { decidedOn: '2023-10-01', outcome: 'upheld' } });
    const second = appeal({
      appealId: 'a-2',
      outcome: { decidedOn: '2023-09-01', outcome: 'upheld' },
    });
    expect(appealOn(facts({ appeals: [first, second] }), '2023-10-02').finalOn).toBe('2023-10-01');
  });

  it.each(['administrative', 'none'] as const)(
    'given kind %s, then there is no window here, and no status until an appeal is recorded',
    (kind) => {
      expect(appealOn(facts({ kind }), '2023-07-01')).toEqual({
        kind,
        windowStartsOn: null,
        windowEndsOn: null,
        status: null,
        finalOn: null,
        appeals: [],
      });
      expect(appealOn(facts({ kind, appeals: [appeal()] }), '2023-07-01')).toMatchObject({
        status: 'appealed',
        appeals: [{ late: false }],
      });
    },
  );
});

describe('announcementOf: which minutes start the window', () => {
  const minutes = (announcedOn: string | null): Minutes => ({
    approvedOn: '2023-04-20',
    announcedOn,
    minutesRef: null,
  });
  const step = (reportedAtMeetingId: string | null) => ({
    bodyId: 'x',
    readyOn: null,
    dueMeetingId: null,
    dueDate: null,
    reportedAtMeetingId,
    reportedOn: null,
    minutesParagraph: null,
    late: false,
  });
  const judged = (
    mode: Judgment['reporting']['mode'],
    baseStatus: Judgment['baseStatus'],
    reportedAt: (string | null)[],
  ) => ({ baseStatus, reporting: { mode, route: [], steps: reportedAt.map(step) } });
  const byMeeting: Record<string, Minutes> = {
    'su-2023-04-13': minutes('2023-04-21'),
    'ifon-2023-05-23': minutes('2023-06-01'),
  };
  const minutesOf = (meetingId: string) => byMeeting[meetingId] ?? null;

  it('given a reported decision, then the minutes of its last step’s meeting', () => {
    const reported = judged('report', 'reported', ['su-2023-04-13', 'ifon-2023-05-23']);
    expect(announcementOf(reported, minutesOf, null)).toBe('2023-06-01');
  });

  it('given a decision whose last step is not reported yet, then none', () => {
    const open = judged('report', 'open', ['su-2023-04-13', null]);
    expect(announcementOf(open, minutesOf, null)).toBeNull();
  });

  it('given the last meeting has no minutes yet, then none', () => {
    const reported = judged('report', 'reported', ['su-2023-04-20']);
    expect(announcementOf(reported, minutesOf, null)).toBeNull();
  });

  it('given a separately minuted decision, then its own minutes', () => {
    const separate = judged('separate-minutes', 'not-required', []);
    expect(announcementOf(separate, minutesOf, minutes('2023-05-02'))).toBe('2023-05-02');
    expect(announcementOf(separate, minutesOf, minutes(null))).toBeNull();
    expect(announcementOf(separate, minutesOf, null)).toBeNull();
  });
});

describe('appealKindOf', () => {
  it('given an item without appeal, or no item, then legality review; else what the item says', () => {
    expect(appealKindOf(undefined)).toBe('legality-review');
    expect(appealKindOf({})).toBe('legality-review');
    expect(appealKindOf({ appeal: 'administrative' })).toBe('administrative');
  });
});
