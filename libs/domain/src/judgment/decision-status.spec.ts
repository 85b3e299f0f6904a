import { decision, IFON, ifonMeetings, UTSKOTT, version2023 } from './ifon.fixtures';
import { statusOn } from './decision-status';
import { DECISION_STATUSES, FLAGS } from './flags';
import { judgeDecision } from './judge-decision';
import type { JudgedDecision, ReportAtMeeting } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';

const judge = (facts: JudgedDecision, reports: readonly ReportAtMeeting[] = []) =>
  judgeDecision({
    decision: facts,
    orders: new OrderHistory([version2023]),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports,
    amendmentPositions: [],
  });

describe('status on a day', () => {
  it('given a decision due 2023-04-13, then pending up to and on that day', () => {
    expect(statusOn(judge(decision()), '2023-04-03')).toEqual({ status: 'pending', flags: [] });
    expect(statusOn(judge(decision()), '2023-04-13')).toEqual({ status: 'pending', flags: [] });
  });

  it('given a decision due 2023-04-13 and not reported, then overdue from the next day, with OVERDUE', () => {
    expect(statusOn(judge(decision()), '2023-04-14')).toEqual({
      status: 'overdue',
      flags: ['OVERDUE'],
    });
  });

  it('given other flags, then OVERDUE takes its place in the canonical order', () => {
    const judgment = judge(decision({ itemCode: '9.9.9', registeredAt: '2023-04-20' }));
    expect(statusOn(judgment, '2023-05-01').flags).toEqual([
      'UNKNOWN_ITEM',
      'OVERDUE',
      'LATE_REGISTERED',
    ]);
  });

  it('given no due meeting, then pending (with NO_MEETING_SCHEDULED), however late', () => {
    const judgment = judge(decision({ decidedAt: '2023-06-01', registeredAt: '2023-06-01' }));
    expect(statusOn(judgment, '2030-01-01')).toEqual({
      status: 'pending',
      flags: ['NO_MEETING_SCHEDULED'],
    });
  });

  it('given every step reported, then reported', () => {
    const reports: ReportAtMeeting[] = [
      {
        meetingId: 'su-2023-04-13',
        bodyId: UTSKOTT,
        meetingDate: '2023-04-13',
        position: 1,
        minutesParagraph: null,
      },
      {
        meetingId: 'ifon-2023-05-23',
        bodyId: IFON,
        meetingDate: '2023-05-23',
        position: 2,
        minutesParagraph: null,
      },
    ];
    expect(statusOn(judge(decision(), reports), '2024-01-01')).toEqual({
      status: 'reported',
      flags: [],
    });
  });

  it('given an item that is not reported, then not-required', () => {
    expect(statusOn(judge(decision({ itemCode: '3.8.1' })), '2024-01-01').status).toBe(
      'not-required',
    );
  });

  it('given an annulled decision, then annulled, never overdue', () => {
    expect(statusOn(judge(decision({ annulled: true })), '2024-01-01')).toEqual({
      status: 'annulled',
      flags: [],
    });
  });

  it('exports the exact status and flag names of the API', () => {
    expect(DECISION_STATUSES).toEqual([
      'pending',
      'overdue',
      'reported',
      'not-required',
      'annulled',
    ]);
    // the order is API too: new flags go at the end
    expect(FLAGS).toEqual([
      'NO_ORDER_IN_FORCE',
      'UNKNOWN_ITEM',
      'UNAUTHORIZED_DELEGATE',
      'AMOUNT_OVER_LIMIT',
      'REPORTING_RULE_UNCLEAR',
      'OVERDUE',
      'REPORTED_LATE',
      'LATE_REGISTERED',
      'AMENDED_AFTER_REPORT',
      'NO_MEETING_SCHEDULED',
      'ANNOUNCEMENT_LATE',
      'AUTOMATED_DECISION_NOT_ALLOWED',
      'SEPARATE_MINUTES_MISSING',
      'NOT_ENFORCED_IN_TIME',
    ]);
  });
});
