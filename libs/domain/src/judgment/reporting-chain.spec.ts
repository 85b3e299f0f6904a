import { decision, IFON, ifonMeetings, meeting, UTSKOTT, version2023 } from './ifon.fixtures';
import { judgeDecision } from './judge-decision';
import type { ReportAtMeeting } from './judgment.types';
import { MeetingCalendar, type CalendarMeeting } from './meeting-calendar';
import { OrderHistory } from './order-history';

const report = (
  meetingId: string,
  bodyId: string,
  meetingDate: string,
  position: number,
): ReportAtMeeting => ({
  meetingId,
  bodyId,
  meetingDate,
  position,
  minutesParagraph: null,
});
const utskott0413 = report('su-2023-04-13', UTSKOTT, '2023-04-13', 100);
const utskott0427 = report('su-2023-04-27', UTSKOTT, '2023-04-27', 200);
const namnd0523 = report('ifon-2023-05-23', IFON, '2023-05-23', 300);

const judge = (
  reports: readonly ReportAtMeeting[],
  decidedAt = '2023-04-03',
  meetings: readonly CalendarMeeting[] = ifonMeetings,
) =>
  judgeDecision({
    decision: decision({ decidedAt, registeredAt: decidedAt }),
    orders: new OrderHistory([version2023]),
    calendar: new MeetingCalendar(meetings),
    boardBodyId: IFON,
    reports,
    amendmentPositions: [],
  });

describe('reporting along a route: utskott, then nämnd', () => {
  it('given a report at the utskott, then the nämnd step is ready on that meeting date and due at the next nämnd meeting', () => {
    const judgment = judge([utskott0413]);
    expect(judgment.currentStep).toBe(1);
    expect(judgment.baseStatus).toBe('open');
    expect(judgment.reporting.steps[0]).toMatchObject({
      reportedAtMeetingId: 'su-2023-04-13',
      reportedOn: '2023-04-13',
      minutesParagraph: null,
      late: false,
    });
    expect(judgment.reporting.steps[1]).toEqual({
      bodyId: IFON,
      readyOn: '2023-04-13',
      dueMeetingId: 'ifon-2023-05-23',
      dueDate: '2023-05-23',
      reportedAtMeetingId: null,
      reportedOn: null,
      minutesParagraph: null,
      late: false,
    });
  });

  it('given reports at the utskott and at the nämnd, then reported, with no flags', () => {
    const judgment = judge([utskott0413, namnd0523]);
    expect(judgment.baseStatus).toBe('reported');
    expect(judgment.currentStep).toBeNull();
    expect(judgment.flags).toEqual([]);
  });

  it('given a report at a meeting after the due one, then that step is late and REPORTED_LATE', () => {
    const judgment = judge([utskott0427, namnd0523]);
    expect(judgment.reporting.steps.map((step) => step.late)).toEqual([true, false]);
    expect(judgment.reporting.steps[1].readyOn).toBe('2023-04-27');
    expect(judgment.baseStatus).toBe('reported');
    expect(judgment.flags).toEqual(['REPORTED_LATE']);
  });

  it('given a report at the due meeting recorded long afterwards, then it is on time', () => {
    const judgment = judge([{ ...utskott0413, position: 9000 }]);
    expect(judgment.reporting.steps[0].late).toBe(false);
    expect(judgment.flags).toEqual([]);
  });

  it('given a report at a meeting before the due one, then it is not late', () => {
    // Decided on the utskott's cutoff day + 1: due 04-27, yet the 04-13 meeting took it.
    const judgment = judge([utskott0413], '2023-04-13');
    expect(judgment.reporting.steps[0]).toMatchObject({
      dueMeetingId: 'su-2023-04-27',
      late: false,
    });
    expect(judgment.currentStep).toBe(1);
  });

  it('given a report at a meeting dated before the decision, then it does not count', () => {
    const judgment = judge([utskott0413], '2023-04-14');
    expect(judgment.currentStep).toBe(0);
    expect(judgment.reporting.steps[0].reportedAtMeetingId).toBeNull();
  });

  it('given reports in log order later-meeting first, then the earliest meeting completes the step', () => {
    const judgment = judge([utskott0427, utskott0413]);
    expect(judgment.reporting.steps[0].reportedAtMeetingId).toBe('su-2023-04-13');
  });

  it('given two reports on the same meeting date, then the one first in the log completes the step', () => {
    const extra = report('su-2023-04-13-extra', UTSKOTT, '2023-04-13', 150);
    expect(judge([extra, utskott0413]).reporting.steps[0].reportedAtMeetingId).toBe(
      'su-2023-04-13',
    );
  });

  it('given a nämnd report before the utskott step, then the nämnd step stays waiting', () => {
    const judgment = judge([namnd0523]);
    expect(judgment.currentStep).toBe(0);
    expect(judgment.reporting.steps[1].reportedAtMeetingId).toBeNull();
  });

  it('given the first utskott meeting cancelled, then the next one is due', () => {
    const meetings = ifonMeetings.map((m) =>
      m.meetingId === 'su-2023-04-13' ? { ...m, cancelled: true } : m,
    );
    expect(judge([], '2023-04-03', meetings).reporting.steps[0].dueMeetingId).toBe('su-2023-04-27');
  });

  it('given the first utskott meeting takes no reports, then the next one is due', () => {
    const meetings = ifonMeetings.map((m) =>
      m.meetingId === 'su-2023-04-13' ? { ...m, receivesReports: false } : m,
    );
    expect(judge([], '2023-04-03', meetings).reporting.steps[0].dueMeetingId).toBe('su-2023-04-27');
  });

  it('given a meeting with a custom list cutoff, then the cutoff decides which meeting is due', () => {
    const meetings = [
      meeting('su-2023-04-13', UTSKOTT, '2023-04-13', { listCutoff: '2023-04-06' }),
      meeting('su-2023-04-27', UTSKOTT, '2023-04-27'),
    ];
    expect(judge([], '2023-04-06', meetings).reporting.steps[0].dueMeetingId).toBe('su-2023-04-13');
    expect(judge([], '2023-04-07', meetings).reporting.steps[0].dueMeetingId).toBe('su-2023-04-27');
  });

  it('given reports with minutes paragraphs, then each step shows the paragraph of the report that completed it', () => {
    const judgment = judge([
      { ...utskott0413, minutesParagraph: '§ 41' },
      { ...namnd0523, minutesParagraph: '§ 123' },
    ]);
    expect(judgment.reporting.steps.map((step) => step.minutesParagraph)).toEqual([
      '§ 41',
      '§ 123',
    ]);
  });

  it('given a report read from a row that predates the paragraph, then the step shows null', () => {
    const oldRow = { ...utskott0413, minutesParagraph: undefined } as unknown as ReportAtMeeting;
    expect(judge([oldRow]).reporting.steps[0].minutesParagraph).toBeNull();
  });
});
