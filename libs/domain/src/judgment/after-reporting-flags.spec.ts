import type { DelegationOrderItem } from '../delegation-order/delegation-order.events';
import type { EnforcementRecord } from '../enforcement/enforcement.decider';
import type { Minutes } from '../minutes/minutes.events';
import { statusOn } from './decision-status';
import { decision, IFON, ifonMeetings, UTSKOTT, version2022, version2023 } from './ifon.fixtures';
import { judgeDecision, type JudgeDecisionInput } from './judge-decision';
import type { JudgedDecision, ReportAtMeeting } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';

/** version2023 with after-reporting's item fields on some items. */
const ordersWith = (changes: Record<string, Partial<DelegationOrderItem>>) =>
  new OrderHistory([
    version2022,
    { ...version2023, items: version2023.items.map((i) => ({ ...i, ...changes[i.code] })) },
  ]);

const judge = (facts: JudgedDecision, given: Partial<Omit<JudgeDecisionInput, 'decision'>> = {}) =>
  judgeDecision({
    orders: ordersWith({}),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports: [],
    amendmentPositions: [],
    ...given,
    decision: facts,
  });

const atUtskott0413: ReportAtMeeting = {
  meetingId: 'su-2023-04-13',
  bodyId: UTSKOTT,
  meetingDate: '2023-04-13',
  position: 100,
  minutesParagraph: null,
};
const minutes = (approvedOn: string, announcedOn: string | null): Minutes => ({
  approvedOn,
  announcedOn,
  minutesRef: null,
});
const automatedBy = {
  name: 'Beslutsmotor',
  role: 'socialsekreterare',
  id: null,
  automated: true as const,
};

describe('ANNOUNCEMENT_LATE (KL 8:12)', () => {
  const minutesOf = (announcedOn: string) => (meetingId: string) =>
    meetingId === 'su-2023-04-13' ? minutes('2023-04-17', announcedOn) : null;

  it('given the meeting that received it announced its minutes on the third day, then flagged', () => {
    const judgment = judge(decision(), {
      reports: [atUtskott0413],
      minutesOf: minutesOf('2023-04-20'),
    });
    expect(judgment.flags).toEqual(['ANNOUNCEMENT_LATE']);
  });

  it('given the announcement on the second day, then not flagged', () => {
    const judgment = judge(decision(), {
      reports: [atUtskott0413],
      minutesOf: minutesOf('2023-04-19'),
    });
    expect(judgment.flags).toEqual([]);
  });

  it('given late minutes of a meeting that did not receive it, or no minutes known, then not flagged', () => {
    expect(judge(decision(), { minutesOf: minutesOf('2023-04-20') }).flags).toEqual([]);
    expect(judge(decision(), { reports: [atUtskott0413] }).flags).toEqual([]);
  });
});

describe('AUTOMATED_DECISION_NOT_ALLOWED (KL 6:38)', () => {
  it('given an automated decision under an item of legality review (the default), then flagged', () => {
    expect(judge(decision({ decidedBy: automatedBy })).flags).toEqual([
      'AUTOMATED_DECISION_NOT_ALLOWED',
    ]);
  });

  it('given the item is appealed administratively, then allowed, unless it is procurement', () => {
    const administrative = ordersWith({ '3.7.2': { appeal: 'administrative' } });
    expect(judge(decision({ decidedBy: automatedBy }), { orders: administrative }).flags).toEqual(
      [],
    );
    const procurement = ordersWith({
      '3.7.2': { appeal: 'administrative', matter: 'procurement' },
    });
    expect(judge(decision({ decidedBy: automatedBy }), { orders: procurement }).flags).toEqual([
      'AUTOMATED_DECISION_NOT_ALLOWED',
    ]);
  });

  it('given a person decided, then never', () => {
    expect(judge(decision()).flags).toEqual([]);
  });
});

describe('SEPARATE_MINUTES_MISSING', () => {
  const separate = decision({ itemCode: '3.9.1' });

  it('given a separately minuted decision with no minutes, then flagged after the board’s days', () => {
    const judgment = judge(separate, { separateMinutes: null });
    expect(judgment).toMatchObject({
      baseStatus: 'not-required',
      separateMinutesDueDate: '2023-04-17',
    });
    expect(statusOn(judgment, '2023-04-17')).toEqual({ status: 'not-required', flags: [] });
    expect(statusOn(judgment, '2023-04-18')).toEqual({
      status: 'not-required',
      flags: ['SEPARATE_MINUTES_MISSING'],
    });
    const board5 = judge(separate, { separateMinutes: null, separateMinutesDays: 5 });
    expect(statusOn(board5, '2023-04-09').flags).toEqual(['SEPARATE_MINUTES_MISSING']);
  });

  it('given its minutes announced, then not flagged; approved only, still flagged', () => {
    const announced = judge(separate, { separateMinutes: minutes('2023-04-05', '2023-04-06') });
    expect(announced.separateMinutesDueDate).toBeUndefined();
    const approved = judge(separate, { separateMinutes: minutes('2023-04-05', null) });
    expect(statusOn(approved, '2023-05-01').flags).toEqual(['SEPARATE_MINUTES_MISSING']);
  });

  it('given the caller does not track separate minutes, then it is judged as before the rule', () => {
    const judgment = judge(separate);
    expect(Object.keys(judgment).sort()).toEqual(
      ['baseStatus', 'currentStep', 'flags', 'orderVersionId', 'reporting'].sort(),
    );
    expect(statusOn(judgment, '2030-01-01')).toEqual({ status: 'not-required', flags: [] });
  });

  it('given an item not of legality review, or an annulled decision, then never', () => {
    const none = ordersWith({ '3.9.1': { appeal: 'none' } });
    expect(
      judge(separate, { separateMinutes: null, orders: none }).separateMinutesDueDate,
    ).toBeUndefined();
    const annulled = judge(decision({ itemCode: '3.9.1', annulled: true }), {
      separateMinutes: null,
    });
    expect(statusOn(annulled, '2024-01-01')).toEqual({ status: 'annulled', flags: [] });
  });
});

describe('NOT_ENFORCED_IN_TIME', () => {
  const tracked = ordersWith({ '3.7.2': { unenforcedReporting: true } });
  const favourable = decision({ favourable: true });
  const enforced: EnforcementRecord[] = [{ step: 'enforced', on: '2023-06-01' }];

  it('given a favourable decision under a tracked item, never enforced, then flagged after three months', () => {
    const judgment = judge(favourable, { orders: tracked, reports: [atUtskott0413] });
    expect(judgment.enforcement).toEqual({
      status: 'not-enforced',
      enforcedOn: null,
      interruptedOn: null,
      reportableSince: '2023-07-03',
    });
    expect(statusOn(judgment, '2023-07-03').flags).not.toContain('NOT_ENFORCED_IN_TIME');
    expect(statusOn(judgment, '2023-07-04').flags).toContain('NOT_ENFORCED_IN_TIME');
  });

  it('given it was enforced, then not flagged', () => {
    const judgment = judge(favourable, { orders: tracked, enforcement: enforced });
    expect(judgment.enforcement?.status).toBe('enforced');
    expect(statusOn(judgment, '2024-01-01').flags).not.toContain('NOT_ENFORCED_IN_TIME');
  });

  it('given a decision not favourable, or an item not tracked, then no enforcement at all', () => {
    expect(judge(decision(), { orders: tracked }).enforcement).toBeUndefined();
    expect(judge(favourable).enforcement).toBeUndefined();
  });

  it('given an open decision never enforced, then both OVERDUE and NOT_ENFORCED_IN_TIME, in FLAGS order', () => {
    const judgment = judge(favourable, { orders: tracked });
    expect(statusOn(judgment, '2024-01-01')).toEqual({
      status: 'overdue',
      flags: ['OVERDUE', 'NOT_ENFORCED_IN_TIME'],
    });
  });
});
