// The reports of a decision as the judgment projection folds them from the
// meeting events, and what a withdrawn report does to the judgment.
import type { ReportDecisions, WithdrawReports } from '../meeting/meeting.commands';
import { meetingDecider, reportDecisions, withdrawReports } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import { activeReportsOf } from './active-reports';
import { statusOn } from './decision-status';
import { decision, IFON, ifonMeetings, UTSKOTT, version2023 } from './ifon.fixtures';
import { judgeDecision } from './judge-decision';
import type { Judgment } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';

interface Logged {
  readonly streamId: string;
  readonly position: number;
  readonly event: MeetingEvent;
}

/** The meeting streams of the log, and the judgment projection over them. */
function createBoard() {
  const log: Logged[] = [];
  const judge = (decisionId: string): Judgment =>
    judgeDecision({
      decision: decision(),
      orders: new OrderHistory([version2023]),
      calendar: new MeetingCalendar(ifonMeetings),
      boardBodyId: IFON,
      reports: activeReportsOf(decisionId, log),
      amendmentPositions: [],
    });
  const stateOf = (meetingId: string) =>
    log
      .filter((entry) => entry.streamId === meetingId)
      .reduce(
        (state, { event }) => meetingDecider.evolve(state, event),
        meetingDecider.initialState,
      );
  const append = (streamId: string, events: readonly MeetingEvent[]) =>
    events.forEach((event) => log.push({ streamId, position: log.length + 1, event }));
  const report = (meetingId: string, decisionIds: string[], minutesParagraph?: string) => {
    const command: ReportDecisions = {
      type: 'ReportDecisions',
      data: { boardId: 'ifon', meetingId, decisionIds, minutesParagraph },
    };
    const outcome = reportDecisions(command, stateOf(meetingId), judge);
    append(meetingId, outcome.events);
    return outcome;
  };
  const withdraw = (meetingId: string, decisionIds: string[]) => {
    const command: WithdrawReports = {
      type: 'WithdrawReports',
      data: { boardId: 'ifon', meetingId, decisionIds, reason: 'rapporterat på fel möte' },
    };
    const outcome = withdrawReports(command, stateOf(meetingId), judge);
    append(meetingId, outcome.events);
    return outcome;
  };
  for (const { meetingId, bodyId, date, listCutoff } of ifonMeetings) {
    append(meetingId, [
      {
        type: 'MeetingScheduled',
        data: { boardId: 'ifon', meetingId, bodyId, date, listCutoff, receivesReports: true },
      },
    ]);
  }
  return { log, judge, report, withdraw };
}

describe('active reports: the judgment after a report is withdrawn', () => {
  it('given a report then its withdrawal, then the decision is judged as if never reported, and the log keeps both', () => {
    const board = createBoard();
    const unreported = board.judge('d-1');
    board.report('su-2023-04-13', ['d-1'], '§ 41');
    expect(board.judge('d-1').currentStep).toBe(1);

    expect(board.withdraw('su-2023-04-13', ['d-1']).withdrawn).toEqual(['d-1']);

    const judgment = board.judge('d-1');
    expect(judgment).toEqual(unreported);
    expect(judgment.currentStep).toBe(0);
    expect(judgment.reporting.steps[0]).toMatchObject({
      dueMeetingId: 'su-2023-04-13',
      reportedAtMeetingId: null,
      reportedOn: null,
      minutesParagraph: null,
    });
    expect(statusOn(judgment, '2023-04-13').status).toBe('pending');
    expect(statusOn(judgment, '2023-04-14').status).toBe('overdue');
    expect(board.log.map(({ event }) => event.type).slice(-2)).toEqual([
      'DecisionsReported',
      'ReportsWithdrawn',
    ]);
  });

  it('given a withdrawn report, then the decision can be reported again at the same meeting', () => {
    const board = createBoard();
    board.report('su-2023-04-13', ['d-1'], '§ 41');
    board.withdraw('su-2023-04-13', ['d-1']);
    expect(board.report('su-2023-04-13', ['d-1'], '§ 42').reported).toEqual(['d-1']);
    expect(board.judge('d-1').reporting.steps[0]).toMatchObject({
      reportedAtMeetingId: 'su-2023-04-13',
      minutesParagraph: '§ 42',
      late: false,
    });
  });

  it('given both steps reported, then the utskott report is withdrawn only after the nämnd one', () => {
    const board = createBoard();
    board.report('su-2023-04-13', ['d-1']);
    board.report('ifon-2023-05-23', ['d-1']);
    expect(board.withdraw('su-2023-04-13', ['d-1']).rejected[0].error).toMatch(
      /^LATER_STEP_REPORTED: /,
    );
    expect(board.withdraw('ifon-2023-05-23', ['d-1']).withdrawn).toEqual(['d-1']);
    expect(board.judge('d-1').currentStep).toBe(1);
    expect(board.withdraw('su-2023-04-13', ['d-1']).withdrawn).toEqual(['d-1']);
    expect(board.judge('d-1').currentStep).toBe(0);
  });

  it('given a late report withdrawn, then REPORTED_LATE goes with it', () => {
    const board = createBoard();
    board.report('su-2023-04-27', ['d-1']);
    expect(board.judge('d-1').flags).toEqual(['REPORTED_LATE']);
    board.withdraw('su-2023-04-27', ['d-1']);
    expect(board.judge('d-1').flags).toEqual([]);
  });
});

describe('activeReportsOf', () => {
  const reported = (meetingId: string, decisionIds: string[]): MeetingEvent => ({
    type: 'DecisionsReported',
    data: { boardId: 'ifon', meetingId, bodyId: UTSKOTT, meetingDate: '2023-04-13', decisionIds },
  });
  const withdrawn = (meetingId: string, decisionIds: string[]): MeetingEvent => ({
    type: 'ReportsWithdrawn',
    data: {
      boardId: 'ifon',
      meetingId,
      bodyId: UTSKOTT,
      meetingDate: '2023-04-13',
      decisionIds,
      reason: 'fel',
    },
  });
  const at = (...events: MeetingEvent[]) => events.map((event, i) => ({ event, position: i + 1 }));

  it('given reports of other decisions and withdrawals at other meetings, then only its own active ones remain', () => {
    const reports = activeReportsOf(
      'd-1',
      at(
        reported('su-a', ['d-1', 'd-2']),
        reported('su-b', ['d-2']),
        withdrawn('su-b', ['d-1', 'd-2']),
        withdrawn('su-a', ['d-2']),
      ),
    );
    expect(reports).toEqual([
      {
        meetingId: 'su-a',
        bodyId: UTSKOTT,
        meetingDate: '2023-04-13',
        position: 1,
        minutesParagraph: null,
      },
    ]);
  });

  it('given a report, its withdrawal and a new report, then the new one counts, at its own position', () => {
    const reports = activeReportsOf(
      'd-1',
      at(reported('su-a', ['d-1']), withdrawn('su-a', ['d-1']), reported('su-a', ['d-1'])),
    );
    expect(reports.map((report) => report.position)).toEqual([3]);
  });

  it('given a second report at one meeting without a withdrawal, then the first one stays', () => {
    const reports = activeReportsOf(
      'd-1',
      at(reported('su-a', ['d-1']), reported('su-a', ['d-1'])),
    );
    expect(reports.map((report) => report.position)).toEqual([1]);
  });
});
