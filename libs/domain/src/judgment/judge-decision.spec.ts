import type { DelegationOrderVersion } from '../delegation-order/delegation-order.events';
import {
  CHEF,
  decision,
  IFON,
  ifonMeetings,
  UTSKOTT,
  version2022,
  version2023,
} from './ifon.fixtures';
import { judgeDecision } from './judge-decision';
import type { JudgedDecision, ReportAtMeeting } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';

const judge = (
  facts: JudgedDecision,
  given: {
    versions?: readonly DelegationOrderVersion[];
    reports?: readonly ReportAtMeeting[];
    amendmentPositions?: readonly number[];
  } = {},
) =>
  judgeDecision({
    decision: facts,
    orders: new OrderHistory(given.versions ?? [version2022, version2023]),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports: given.reports ?? [],
    amendmentPositions: given.amendmentPositions ?? [],
  });

const atUtskott0413: ReportAtMeeting = {
  meetingId: 'su-2023-04-13',
  bodyId: UTSKOTT,
  meetingDate: '2023-04-13',
  position: 100,
  minutesParagraph: null,
};

describe('judging a decision against the delegation order', () => {
  it('given a decision under a reported item, then it follows the route of the version in force', () => {
    expect(judge(decision())).toEqual({
      orderVersionId: 'ifon-2023-01',
      reporting: {
        mode: 'report',
        route: [UTSKOTT, IFON],
        steps: [
          {
            bodyId: UTSKOTT,
            readyOn: '2023-04-03',
            dueMeetingId: 'su-2023-04-13',
            dueDate: '2023-04-13',
            reportedAtMeetingId: null,
            reportedOn: null,
            minutesParagraph: null,
            late: false,
          },
          {
            bodyId: IFON,
            readyOn: null,
            dueMeetingId: null,
            dueDate: null,
            reportedAtMeetingId: null,
            reportedOn: null,
            minutesParagraph: null,
            late: false,
          },
        ],
      },
      currentStep: 0,
      baseStatus: 'open',
      flags: [],
    });
  });

  it.each([
    ['2023-01-02', 'ifon-2022-06', [CHEF, IFON]],
    ['2023-01-03', 'ifon-2023-01', [UTSKOTT, IFON]],
    ['2023-01-04', 'ifon-2023-01', [UTSKOTT, IFON]],
  ])(
    'given a new version from 2023-01-03, when decided %s, then version %s and its route apply',
    (decidedAt, versionId, route) => {
      const judgment = judge(decision({ decidedAt, registeredAt: '2023-06-01' }));
      expect(judgment.orderVersionId).toBe(versionId);
      expect(judgment.reporting.route).toEqual(route);
    },
  );

  it('given no version in force on the decision date, then NO_ORDER_IN_FORCE and the earliest default route', () => {
    const judgment = judge(decision({ decidedAt: '2022-01-10', registeredAt: '2022-01-10' }));
    expect(judgment.orderVersionId).toBeNull();
    expect(judgment.reporting.mode).toBe('report');
    expect(judgment.reporting.route).toEqual([CHEF, IFON]);
    expect(judgment.flags).toEqual(['NO_ORDER_IN_FORCE']);
  });

  it('given no version at all, then NO_ORDER_IN_FORCE and the board itself as the route', () => {
    const judgment = judge(decision(), { versions: [] });
    expect(judgment.reporting.route).toEqual([IFON]);
    expect(judgment.flags).toEqual(['NO_ORDER_IN_FORCE']);
  });

  it('given an item code the version lacks, then UNKNOWN_ITEM, reported on the default route', () => {
    const judgment = judge(decision({ itemCode: '9.9.9' }));
    expect(judgment.orderVersionId).toBe('ifon-2023-01');
    expect(judgment.reporting.mode).toBe('report');
    expect(judgment.reporting.route).toEqual([UTSKOTT, IFON]);
    expect(judgment.flags).toEqual(['UNKNOWN_ITEM']);
  });

  it('given a decider whose role is not among the delegates, then UNAUTHORIZED_DELEGATE', () => {
    const decidedBy = { name: 'Bo Berg', role: 'handlaggare', id: null };
    expect(judge(decision({ decidedBy })).flags).toEqual(['UNAUTHORIZED_DELEGATE']);
  });

  it.each([
    [10001, ['AMOUNT_OVER_LIMIT']],
    [10000, []],
    [null, []],
  ])('given an amount of %s against a limit of 10000, then flags %j', (amount, flags) => {
    expect(judge(decision({ amount })).flags).toEqual(flags);
  });

  it('given an item with unspecified reporting, then reported on the default route and REPORTING_RULE_UNCLEAR', () => {
    const judgment = judge(decision({ itemCode: '3.9.9' }));
    expect(judgment.reporting.mode).toBe('unspecified');
    expect(judgment.reporting.route).toEqual([UTSKOTT, IFON]);
    expect(judgment.baseStatus).toBe('open');
    expect(judgment.flags).toEqual(['REPORTING_RULE_UNCLEAR']);
  });

  it("given an item with its own route, then the item's route applies", () => {
    const decidedBy = { name: 'Socialt utskott', role: 'socialt-utskott', id: null };
    const judgment = judge(decision({ itemCode: '5.1.1', decidedBy }));
    expect(judgment.reporting.route).toEqual([IFON]);
    expect(judgment.reporting.steps[0].dueMeetingId).toBe('ifon-2023-05-23');
  });

  it.each(['3.8.1', '3.9.1'])(
    'given an item %s that is not reported, then not-required with no steps',
    (itemCode) => {
      const judgment = judge(decision({ itemCode }));
      expect(judgment.baseStatus).toBe('not-required');
      expect(judgment.reporting.steps).toEqual([]);
      expect(judgment.currentStep).toBeNull();
      expect(judgment.flags).toEqual([]);
    },
  );

  it.each(['3.7.2', '3.8.1', '3.9.9', '5.1.1'])(
    'given an urgent decision under item %s, then it is reported to the board itself',
    (itemCode) => {
      const judgment = judge(decision({ itemCode, urgent: true }));
      expect(judgment.reporting.mode).toBe('report');
      expect(judgment.reporting.route).toEqual([IFON]);
      expect(judgment.baseStatus).toBe('open');
      expect(judgment.flags).not.toContain('REPORTING_RULE_UNCLEAR');
    },
  );

  it('given an urgent decision with no version in force, then it is still reported to the board', () => {
    const judgment = judge(decision({ urgent: true, decidedAt: '2022-01-10' }));
    expect(judgment.reporting.route).toEqual([IFON]);
  });

  it('given an annulled decision, then annulled with no current step, its findings kept', () => {
    const decidedBy = { name: 'Bo Berg', role: 'handlaggare', id: null };
    const judgment = judge(decision({ annulled: true, decidedBy }));
    expect(judgment.baseStatus).toBe('annulled');
    expect(judgment.currentStep).toBeNull();
    expect(judgment.flags).toEqual(['UNAUTHORIZED_DELEGATE']);
  });
});

describe('judging registration, amendments and the calendar', () => {
  it.each([
    ['2023-04-14', ['LATE_REGISTERED']],
    ['2023-04-13', []],
  ])(
    'given registeredAt %s and a first due meeting on 2023-04-13, then flags %j',
    (registeredAt, flags) => {
      expect(judge(decision({ registeredAt })).flags).toEqual(flags);
    },
  );

  it('given history registered years later, then LATE_REGISTERED is judged on registeredAt, not on arrival', () => {
    expect(judge(decision({ registeredAt: '2023-04-05' })).flags).toEqual([]);
  });

  it('given an amendment after a step was reported, then AMENDED_AFTER_REPORT', () => {
    const judgment = judge(decision(), { reports: [atUtskott0413], amendmentPositions: [90, 120] });
    expect(judgment.flags).toEqual(['AMENDED_AFTER_REPORT']);
  });

  it('given amendments only before any report, then no AMENDED_AFTER_REPORT', () => {
    expect(judge(decision(), { reports: [atUtskott0413], amendmentPositions: [90] }).flags).toEqual(
      [],
    );
    expect(judge(decision(), { amendmentPositions: [90] }).flags).toEqual([]);
  });

  it('given no meeting of the current body after the ready date, then NO_MEETING_SCHEDULED', () => {
    const judgment = judge(decision({ decidedAt: '2023-05-12', registeredAt: '2023-05-12' }));
    expect(judgment.reporting.steps[0].dueMeetingId).toBeNull();
    expect(judgment.currentStep).toBe(0);
    expect(judgment.flags).toEqual(['NO_MEETING_SCHEDULED']);
  });

  it('given the utskott step reported and no later nämnd meeting, then NO_MEETING_SCHEDULED at the nämnd step', () => {
    const atUtskott0511 = {
      ...atUtskott0413,
      meetingId: 'su-2023-05-11',
      meetingDate: '2023-05-11',
    };
    const judgment = judgeDecision({
      decision: decision({ decidedAt: '2023-05-02', registeredAt: '2023-05-02' }),
      orders: new OrderHistory([version2023]),
      calendar: new MeetingCalendar(ifonMeetings.filter((m) => m.bodyId !== IFON)),
      boardBodyId: IFON,
      reports: [atUtskott0511],
      amendmentPositions: [],
    });
    expect(judgment.currentStep).toBe(1);
    expect(judgment.flags).toEqual(['NO_MEETING_SCHEDULED']);
  });
});
