import type { Flag } from '@delegationsbeslut/domain';
import {
  BOARD,
  CHEF,
  decisionAmended,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  meetingScheduled,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec, recorded } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

const view =
  (decisionId: string, today = '2023-04-10') =>
  (q: ProjectionQueries) =>
    q.decisions.get(BOARD, decisionId, today, true);
/** Status, flags and each step's body, due meeting and report, as the view answers them. */
const judged =
  (decisionId: string, today = '2023-04-10') =>
  (q: ProjectionQueries) => {
    const v = view(decisionId, today)(q);
    return {
      orderVersionId: v.orderVersionId,
      status: v.status,
      flags: v.flags,
      steps: v.reporting.steps.map((s) => [s.bodyId, s.dueMeetingId, s.reportedAtMeetingId]),
    };
  };

describe('given decisions on both sides of the 2023 version’s effectiveFrom (2023-01-03)', () => {
  const board = spec.given(
    ...ifon(),
    decisionRecorded('d-0102', { decidedAt: '2023-01-02', registeredAt: '2023-01-05' }),
    decisionRecorded('d-0104', { decidedAt: '2023-01-04', registeredAt: '2023-01-05' }),
  );

  it('when the one of 2023-01-02 is read, then it follows the 2022 route via the förvaltningschef', () =>
    board.when(judged('d-0102', '2023-01-05')).then({
      orderVersionId: 'ifon-2022-06',
      status: 'pending',
      flags: [],
      steps: [
        [CHEF, 'fc-2023-01-31', null],
        [IFON, null, null],
      ],
    }));

  it('when the one of 2023-01-04 is read, then it follows the 2023 route via Socialt utskott', () =>
    board.when(judged('d-0104', '2023-01-05')).then({
      orderVersionId: 'ifon-2023-01',
      status: 'pending',
      flags: [],
      steps: [
        [UTSKOTT, 'su-2023-04-13', null],
        [IFON, null, null],
      ],
    }));
});

describe('given decisions that break a rule of the order in force', () => {
  it.each<[string, Parameters<typeof decisionRecorded>[1], Flag[]]>([
    ['within every rule', {}, []],
    ['an item not in the version in force', { itemCode: '9.9.9' }, ['UNKNOWN_ITEM']],
    [
      'a decider whose role is not among the delegates',
      { decidedBy: { name: 'Kim', role: 'vaktmastare', id: null } },
      ['UNAUTHORIZED_DELEGATE'],
    ],
    ['an amount over the maxAmount', { amount: 10001 }, ['AMOUNT_OVER_LIMIT']],
    ['an amount at the maxAmount', { amount: 10000 }, []],
    ['an item whose reporting is unspecified', { itemCode: '3.9.9' }, ['REPORTING_RULE_UNCLEAR']],
    [
      'a decision before any version was effective',
      { decidedAt: '2022-06-13' },
      ['NO_ORDER_IN_FORCE'],
    ],
  ])('when one with %s is read, then its flags are %j', (_, fields, flags) =>
    spec
      .given(...ifon(), decisionRecorded('d', fields))
      .when((q) => view('d', '2022-06-20')(q).flags)
      .then(flags),
  );
});

describe('given a decision taken on the utskott meeting day itself', () => {
  it('when it is read, then it is due at the next utskott meeting (its list closed the day before)', () =>
    spec
      .given(...ifon(), decisionRecorded('d', { decidedAt: '2023-04-13' }))
      .when((q) => view('d', '2023-04-14')(q).reporting.steps[0].dueMeetingId)
      .then('su-2023-04-27'));
});

describe('given a decision due 2023-04-13 reported at the 2023-04-27 meeting', () => {
  it('when it is read, then the step is complete but REPORTED_LATE, and the nämnd step is ready on 2023-04-27', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        decisionsReported('su-2023-04-27', UTSKOTT, '2023-04-27', ['d']),
      )
      .when((q) => {
        const v = view('d', '2023-04-28')(q);
        return [v.status, v.flags, v.reporting.steps.map((s) => [s.late, s.readyOn])];
      })
      .then([
        'pending',
        ['REPORTED_LATE'],
        [
          [true, '2023-04-03'],
          [false, '2023-04-27'],
        ],
      ]));
});

describe('given a decision whose registeredAt is amended to after its due meeting', () => {
  it('when it is read, then it is re-judged LATE_REGISTERED', () =>
    spec
      .given(...ifon(), decisionRecorded('d'), decisionAmended('d', { registeredAt: '2023-04-20' }))
      .when((q) => view('d', '2023-04-20')(q).flags)
      .then(['OVERDUE', 'LATE_REGISTERED']));
});

describe('given a decision amended after it was reported', () => {
  it('when it is read, then AMENDED_AFTER_REPORT', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['d']),
        decisionAmended('d', { summary: 'rättad' }),
      )
      .when((q) => view('d', '2023-04-14')(q).flags)
      .then(['AMENDED_AFTER_REPORT']));
});

describe('given a decision after the body’s last meeting', () => {
  const noMeeting = [...ifon(), decisionRecorded('d', { decidedAt: '2023-05-15' })];

  it('when it is read, then pending and NO_MEETING_SCHEDULED', () =>
    spec
      .given(...noMeeting)
      .when(judged('d', '2023-09-01'))
      .then({
        orderVersionId: 'ifon-2023-01',
        status: 'pending',
        flags: ['NO_MEETING_SCHEDULED'],
        steps: [
          [UTSKOTT, null, null],
          [IFON, null, null],
        ],
      }));

  it('when a meeting whose list closed before the decision is scheduled, then still NO_MEETING_SCHEDULED', () =>
    spec
      .given(
        ...noMeeting,
        meetingScheduled('su-2023-05-16', UTSKOTT, '2023-05-16', { listCutoff: '2023-05-14' }),
      )
      .when((q) => view('d', '2023-09-01')(q).flags)
      .then(['NO_MEETING_SCHEDULED']));

  it('when a later meeting is scheduled, then it is due there and overdue after it', () =>
    spec
      .given(...noMeeting, meetingScheduled('su-2023-06-08', UTSKOTT, '2023-06-08'))
      .when((q) => {
        const v = view('d', '2023-09-01')(q);
        return [v.status, v.flags, v.reporting.steps[0].dueDate];
      })
      .then(['overdue', ['OVERDUE'], '2023-06-08']));
});

describe('given a decision amended before it was reported', () => {
  it('when it is read, then not AMENDED_AFTER_REPORT: the flag follows the log’s order', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        decisionAmended('d', { summary: 'rättad' }),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['d']),
      )
      .when((q) => view('d', '2023-04-14')(q).flags)
      .then([]));
});

describe('given a decision with no version in force, and one on a board with no version at all', () => {
  it('when the first is read, then NO_ORDER_IN_FORCE only, on the earliest version’s default route', () =>
    spec
      .given(...ifon(), decisionRecorded('d', { decidedAt: '2022-06-13', itemCode: '9.9.9' }))
      .when((q) => {
        const v = view('d', '2022-06-20')(q);
        return [v.flags, v.reporting.route];
      })
      .then([['NO_ORDER_IN_FORCE'], [CHEF, IFON]]));

  it('when the second is read, then it is reported to the nämnd itself', () =>
    spec
      .given(
        ...ifon().filter((e) => e.type !== 'DelegationOrderVersionAdopted'),
        decisionRecorded('d'),
      )
      .when((q) => view('d')(q).reporting.route)
      .then([IFON]));
});

describe('given urgent decisions (KL 6:39)', () => {
  const urgent = (fields: Parameters<typeof decisionRecorded>[1]) =>
    spec.given(...ifon(), decisionRecorded('d', { urgent: true, ...fields })).when((q) => {
      const v = view('d')(q);
      return [v.reporting.mode, v.reporting.route, v.flags];
    });

  it('when one by a non-delegate over the limit is read, then straight to the nämnd, still flagged for both', () =>
    urgent({ amount: 20000, decidedBy: { name: 'Kim', role: 'vaktmastare', id: null } }).then([
      'report',
      [IFON],
      ['UNAUTHORIZED_DELEGATE', 'AMOUNT_OVER_LIMIT'],
    ]));

  it('when one under an item with an unclear rule is read, then never REPORTING_RULE_UNCLEAR', () =>
    urgent({ itemCode: '3.9.9' }).then(['report', [IFON], []]));

  it('when one under an item not to be reported is read, then it is reported all the same', () =>
    urgent({ itemCode: '3.8.1' }).then(['report', [IFON], []]));
});

describe('given a decision at its first step', () => {
  it('when it is read, then its later step has readyOn null and no due meeting yet', () =>
    spec
      .given(...ifon(), decisionRecorded('d'))
      .when((q) => view('d')(q).reporting.steps[1])
      .then({
        bodyId: IFON,
        readyOn: null,
        dueMeetingId: null,
        dueDate: null,
        reportedAtMeetingId: null,
        reportedOn: null,
        minutesParagraph: null,
        late: false,
      }));
});

describe('given a decision registered late with no meeting scheduled for it', () => {
  it('when it is read, then not LATE_REGISTERED yet', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d', { decidedAt: '2023-05-15', registeredAt: '2023-09-01' }),
      )
      .when((q) => view('d', '2023-09-01')(q).flags)
      .then(['NO_MEETING_SCHEDULED']));
});

describe('given no such decision', () => {
  it('when it is read, then DECISION_NOT_FOUND', () =>
    spec
      .given(...ifon())
      .when(view('nope'))
      .thenThrows('DECISION_NOT_FOUND'));
});

describe('given a decision recorded at one instant and amended later', () => {
  it('when it is read, then recordedAt is when it first reached us', () =>
    spec
      .given(
        ...ifon(),
        recorded(decisionRecorded('d'), { recordedAt: '2023-04-05T08:00:00.000Z' }),
        recorded(decisionAmended('d', { summary: 'rättad' }), {
          recordedAt: '2023-04-06T09:00:00.000Z',
        }),
      )
      .when((q) => [view('d')(q).recordedAt, view('d')(q).summary])
      .then(['2023-04-05T08:00:00.000Z', 'rättad']));
});
