import { decision, IFON, ifonMeetings, UTSKOTT, version2023 } from '../judgment/ifon.fixtures';
import { judgeDecision } from '../judgment/judge-decision';
import type { Judgment, ReportAtMeeting } from '../judgment/judgment.types';
import { MeetingCalendar } from '../judgment/meeting-calendar';
import { OrderHistory } from '../judgment/order-history';
import { deciderSpecification } from '../shared/decider-specification';
import { DomainError, MeetingNotFoundError, ReasonRequiredError } from '../shared/domain-errors';
import type { ReportDecisions, WithdrawReports } from './meeting.commands';
import { meetingDecider, reportDecisions, withdrawReports } from './meeting.decider';
import type {
  DecisionsReported,
  MeetingEvent,
  MeetingScheduled,
  ReportsWithdrawn,
} from './meeting.events';

const judge = (reports: readonly ReportAtMeeting[] = []): Judgment =>
  judgeDecision({
    decision: decision(),
    orders: new OrderHistory([version2023]),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports,
    amendmentPositions: [],
  });
const atUtskott: ReportAtMeeting = {
  meetingId: 'su-2023-04-13',
  bodyId: UTSKOTT,
  meetingDate: '2023-04-13',
  position: 3,
  minutesParagraph: null,
};
const atNamnd: ReportAtMeeting = {
  meetingId: 'ifon-2023-05-23',
  bodyId: IFON,
  meetingDate: '2023-05-23',
  position: 4,
  minutesParagraph: null,
};
// As the read side judges each decision after the events of `past` below.
const judgments = new Map<string, Judgment>([
  ['at-utskott', judge([atUtskott])],
  ['at-utskott-2', judge([atUtskott])],
  ['at-both', judge([atUtskott, atNamnd])],
  ['open', judge()],
]);
const judgmentOf = (decisionId: string) => judgments.get(decisionId);

const scheduledAt = (meetingId: string, bodyId: string, date: string): MeetingScheduled => ({
  type: 'MeetingScheduled',
  data: { boardId: 'ifon', meetingId, bodyId, date, listCutoff: date, receivesReports: true },
});
const utskott0413 = scheduledAt('su-2023-04-13', UTSKOTT, '2023-04-13');
const namnd0523 = scheduledAt('ifon-2023-05-23', IFON, '2023-05-23');
const reportedAt = (meeting: MeetingScheduled, decisionIds: string[]): DecisionsReported => ({
  type: 'DecisionsReported',
  data: {
    boardId: 'ifon',
    meetingId: meeting.data.meetingId,
    bodyId: meeting.data.bodyId,
    meetingDate: meeting.data.date,
    decisionIds,
  },
});
const atUtskottReported = reportedAt(utskott0413, [
  'at-utskott',
  'at-utskott-2',
  'at-both',
  'ghost',
]);
const withdrawAt = (
  meetingId: string,
  decisionIds: string[],
  reason = 'fel beslut på listan',
): WithdrawReports => ({
  type: 'WithdrawReports',
  data: { boardId: 'ifon', meetingId, decisionIds, reason },
});
const withdrawnAt = (decisionIds: string[]): ReportsWithdrawn => ({
  type: 'ReportsWithdrawn',
  data: {
    boardId: 'ifon',
    meetingId: 'su-2023-04-13',
    bodyId: UTSKOTT,
    meetingDate: '2023-04-13',
    decisionIds,
    reason: 'fel beslut på listan',
  },
});
const stateAfter = (past: readonly MeetingEvent[]) =>
  past.reduce(meetingDecider.evolve, meetingDecider.initialState);
const given = (past: readonly MeetingEvent[]) => ({
  when: (command: WithdrawReports) => withdrawReports(command, stateAfter(past), judgmentOf),
});
const codesOf = (rejected: readonly { readonly error: string }[]) =>
  rejected.map((r) => r.error.split(':')[0]);
const spec = deciderSpecification(meetingDecider);
const context = { knownBodyIds: new Set([IFON, UTSKOTT]), judgmentOf };
const kindIs = (kind: DomainError['kind']) => (error: DomainError) => error.kind === kind;

describe('meeting decider: WithdrawReports', () => {
  it('withdraws decisions reported at the meeting, once each, with the reason', () => {
    const outcome = given([utskott0413, atUtskottReported]).when(
      withdrawAt('su-2023-04-13', ['at-utskott', 'at-utskott-2', 'at-utskott']),
    );
    expect(outcome).toEqual({
      events: [withdrawnAt(['at-utskott', 'at-utskott-2'])],
      withdrawn: ['at-utskott', 'at-utskott-2'],
      rejected: [],
    });
  });

  it('rejects a decision never reported at the meeting and withdraws the rest', () => {
    const outcome = given([utskott0413, atUtskottReported]).when(
      withdrawAt('su-2023-04-13', ['open', 'at-utskott']),
    );
    expect(outcome.withdrawn).toEqual(['at-utskott']);
    expect(outcome.rejected.map((r) => r.decisionId)).toEqual(['open']);
    expect(codesOf(outcome.rejected)).toEqual(['NOT_REPORTED_AT_MEETING']);
  });

  it('rejects a report already withdrawn there, with no event', () => {
    const outcome = given([utskott0413, atUtskottReported, withdrawnAt(['at-utskott'])]).when(
      withdrawAt('su-2023-04-13', ['at-utskott']),
    );
    expect(outcome.events).toEqual([]);
    expect(codesOf(outcome.rejected)).toEqual(['NOT_REPORTED_AT_MEETING']);
  });

  it('rejects a decision whose next step has been reported since: that report goes first', () => {
    const outcome = given([utskott0413, atUtskottReported]).when(
      withdrawAt('su-2023-04-13', ['at-both']),
    );
    expect(outcome.withdrawn).toEqual([]);
    expect(codesOf(outcome.rejected)).toEqual(['LATER_STEP_REPORTED']);
    expect(outcome.rejected[0].error).toContain('ifon-2023-05-23');
  });

  it('withdraws the later step itself at its own meeting', () => {
    const outcome = given([namnd0523, reportedAt(namnd0523, ['at-both'])]).when(
      withdrawAt('ifon-2023-05-23', ['at-both']),
    );
    expect(outcome.withdrawn).toEqual(['at-both']);
  });

  it('rejects a decision the read side does not know, since its later steps cannot be checked', () => {
    const outcome = given([utskott0413, atUtskottReported]).when(
      withdrawAt('su-2023-04-13', ['ghost']),
    );
    expect(codesOf(outcome.rejected)).toEqual(['UNKNOWN_DECISION']);
  });

  it('lets a withdrawn decision be reported again at the same meeting', () => {
    const report: ReportDecisions = {
      type: 'ReportDecisions',
      data: { boardId: 'ifon', meetingId: 'su-2023-04-13', decisionIds: ['at-utskott'] },
    };
    const past = [utskott0413, atUtskottReported, withdrawnAt(['at-utskott'])];
    // The read side has dropped the withdrawn report, so the step is open again.
    const outcome = reportDecisions(report, stateAfter(past), () => judge());
    expect(outcome.reported).toEqual(['at-utskott']);
  });

  it.each(['', '   '])('refuses an empty reason %j (invalid)', (reason) => {
    spec
      .given([utskott0413, atUtskottReported])
      .when(withdrawAt('su-2023-04-13', ['at-utskott'], reason), context)
      .thenThrows(ReasonRequiredError, kindIs('invalid'));
  });

  it('refuses a meeting that is not scheduled (not-found)', () => {
    spec
      .given([])
      .when(withdrawAt('su-2023-04-13', ['at-utskott']), context)
      .thenThrows(MeetingNotFoundError, kindIs('not-found'));
  });

  it('decides through the meeting decider too, returning the events', () => {
    spec
      .given([utskott0413, atUtskottReported])
      .when(withdrawAt('su-2023-04-13', ['at-utskott', 'open']), context)
      .then([withdrawnAt(['at-utskott'])]);
  });
});
