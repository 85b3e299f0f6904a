import { decision, IFON, ifonMeetings, meeting, UTSKOTT, version2023 } from './ifon.fixtures';
import { judgeDecision } from './judge-decision';
import type { JudgedDecision, ReportAtMeeting } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';
import { isOnReportingList } from './reporting-list';

const judge = (facts: JudgedDecision, reports: readonly ReportAtMeeting[] = []) =>
  judgeDecision({
    decision: facts,
    orders: new OrderHistory([version2023]),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports,
    amendmentPositions: [],
  });
const utskott0413 = meeting('su-2023-04-13', UTSKOTT, '2023-04-13');
const utskott0427 = meeting('su-2023-04-27', UTSKOTT, '2023-04-27');
const namnd0523 = meeting('ifon-2023-05-23', IFON, '2023-05-23');
const reportedAt0413: ReportAtMeeting = {
  meetingId: 'su-2023-04-13',
  bodyId: UTSKOTT,
  meetingDate: '2023-04-13',
  position: 1,
  minutesParagraph: null,
};

describe('reporting list of a meeting', () => {
  it('given a decision ready by the cutoff, then it is on the list of its body', () => {
    expect(isOnReportingList(judge(decision()), utskott0413)).toBe(true);
    expect(isOnReportingList(judge(decision({ decidedAt: '2023-04-12' })), utskott0413)).toBe(true);
  });

  it('given a decision ready after the cutoff, then it waits for a later list', () => {
    const judgment = judge(decision({ decidedAt: '2023-04-13' }));
    expect(isOnReportingList(judgment, utskott0413)).toBe(false);
    expect(isOnReportingList(judgment, utskott0427)).toBe(true);
  });

  it('given a still-unreported overdue decision, then it is on every later list of its body', () => {
    expect(isOnReportingList(judge(decision()), utskott0427)).toBe(true);
  });

  it("given a decision whose current step is another body's, then it is not on the list", () => {
    expect(isOnReportingList(judge(decision()), namnd0523)).toBe(false);
  });

  it('given the utskott step reported, then the decision moves to the nämnd list', () => {
    const judgment = judge(decision(), [reportedAt0413]);
    expect(isOnReportingList(judgment, utskott0427)).toBe(false);
    expect(isOnReportingList(judgment, namnd0523)).toBe(true);
  });

  it('given an annulled or not-required decision, then it is on no list', () => {
    expect(isOnReportingList(judge(decision({ annulled: true })), utskott0413)).toBe(false);
    expect(isOnReportingList(judge(decision({ itemCode: '3.8.1' })), utskott0413)).toBe(false);
  });

  it('given a cancelled meeting, then its list is empty', () => {
    expect(isOnReportingList(judge(decision()), { ...utskott0413, cancelled: true })).toBe(false);
  });
});
