import { decision, IFON, ifonMeetings, UTSKOTT, version2023 } from '../judgment/ifon.fixtures';
import { judgeDecision } from '../judgment/judge-decision';
import type { JudgedDecision, Judgment, ReportAtMeeting } from '../judgment/judgment.types';
import { MeetingCalendar } from '../judgment/meeting-calendar';
import { OrderHistory } from '../judgment/order-history';
import { deciderSpecification } from '../shared/decider-specification';
import { InvalidMinutesParagraphError, MeetingNotFoundError } from '../shared/domain-errors';
import type { ReportDecisions } from './meeting.commands';
import { meetingDecider, reportDecisions } from './meeting.decider';
import type { MeetingEvent, MeetingScheduled } from './meeting.events';

const judge = (facts: JudgedDecision, reports: readonly ReportAtMeeting[] = []): Judgment =>
  judgeDecision({
    decision: facts,
    orders: new OrderHistory([version2023]),
    calendar: new MeetingCalendar(ifonMeetings),
    boardBodyId: IFON,
    reports,
    amendmentPositions: [],
  });
const atUtskott = (meetingId: string, meetingDate: string): ReportAtMeeting => ({
  meetingId,
  bodyId: UTSKOTT,
  meetingDate,
  position: 1,
  minutesParagraph: null,
});
const judgments = new Map<string, Judgment>([
  ['open', judge(decision())],
  ['open-2', judge(decision({ decidedAt: '2023-04-10' }))],
  ['annulled', judge(decision({ annulled: true }))],
  ['not-required', judge(decision({ itemCode: '3.8.1' }))],
  ['at-namnd', judge(decision(), [atUtskott('su-2023-04-13', '2023-04-13')])],
  ['late-at-utskott', judge(decision(), [atUtskott('su-2023-05-11', '2023-05-11')])],
  [
    'done',
    judge(decision(), [
      atUtskott('su-2023-04-13', '2023-04-13'),
      {
        meetingId: 'ifon-2023-05-23',
        bodyId: IFON,
        meetingDate: '2023-05-23',
        position: 2,
        minutesParagraph: null,
      },
    ]),
  ],
  ['decided-later', judge(decision({ decidedAt: '2023-04-14' }))],
  ['decided-on-meeting-day', judge(decision({ decidedAt: '2023-04-13' }))],
]);
const judgmentOf = (decisionId: string) => judgments.get(decisionId);

const scheduledAt = (meetingId: string, bodyId: string, date: string): MeetingScheduled => ({
  type: 'MeetingScheduled',
  data: { boardId: 'ifon', meetingId, bodyId, date, listCutoff: date, receivesReports: true },
});
const utskott0413 = scheduledAt('su-2023-04-13', UTSKOTT, '2023-04-13');
const namnd0509 = scheduledAt('ifon-2023-05-09', IFON, '2023-05-09');
const reportAt = (
  meetingId: string,
  decisionIds: string[],
  minutesParagraph?: string | null,
): ReportDecisions => ({
  type: 'ReportDecisions',
  data: { boardId: 'ifon', meetingId, decisionIds, minutesParagraph },
});
const given = (past: readonly MeetingEvent[]) => ({
  when: (command: ReportDecisions) =>
    reportDecisions(
      command,
      past.reduce(meetingDecider.evolve, meetingDecider.initialState),
      judgmentOf,
    ),
});
const codeOf = (error: string) => error.split(':')[0];

describe('meeting decider: ReportDecisions', () => {
  it('reports decisions whose current step is the meeting body, once each', () => {
    const outcome = given([utskott0413]).when(
      reportAt('su-2023-04-13', ['open', 'open-2', 'open']),
    );
    expect(outcome).toEqual({
      events: [
        {
          type: 'DecisionsReported',
          data: {
            boardId: 'ifon',
            meetingId: 'su-2023-04-13',
            bodyId: UTSKOTT,
            meetingDate: '2023-04-13',
            decisionIds: ['open', 'open-2'],
          },
        },
      ],
      reported: ['open', 'open-2'],
      rejected: [],
    });
  });

  it.each([
    ['unknown', 'UNKNOWN_DECISION'],
    ['annulled', 'DECISION_ANNULLED'],
    ['not-required', 'REPORTING_NOT_REQUIRED'],
    ['done', 'ALREADY_REPORTED'],
    ['at-namnd', 'WRONG_BODY'],
    ['decided-later', 'DECIDED_AFTER_MEETING'],
  ])('rejects %s with %s and reports the rest', (decisionId, code) => {
    const outcome = given([utskott0413]).when(reportAt('su-2023-04-13', [decisionId, 'open']));
    expect(outcome.reported).toEqual(['open']);
    expect(outcome.rejected).toHaveLength(1);
    expect(outcome.rejected[0].decisionId).toBe(decisionId);
    expect(codeOf(outcome.rejected[0].error)).toBe(code);
    expect(outcome.rejected[0].error.length).toBeGreaterThan(code.length + 2);
  });

  it('rejects a decision already reported at this meeting', () => {
    const past = [
      utskott0413,
      ...given([utskott0413]).when(reportAt('su-2023-04-13', ['open'])).events,
    ];
    const outcome = given(past).when(reportAt('su-2023-04-13', ['open']));
    expect(outcome.events).toEqual([]);
    expect(outcome.rejected.map((r) => codeOf(r.error))).toEqual(['ALREADY_REPORTED_AT_MEETING']);
  });

  it('rejects a step that became ready only after the meeting date', () => {
    const outcome = given([namnd0509]).when(
      reportAt('ifon-2023-05-09', ['late-at-utskott', 'at-namnd']),
    );
    expect(outcome.reported).toEqual(['at-namnd']);
    expect(outcome.rejected.map((r) => codeOf(r.error))).toEqual(['STEP_NOT_READY']);
  });

  it('accepts a decision taken after the list cutoff but not after the meeting date', () => {
    const withCutoff = { ...utskott0413, data: { ...utskott0413.data, listCutoff: '2023-04-12' } };
    const outcome = given([withCutoff]).when(reportAt('su-2023-04-13', ['decided-on-meeting-day']));
    expect(outcome.reported).toEqual(['decided-on-meeting-day']);
  });

  it('rejects everything at a cancelled meeting, with no event', () => {
    const cancelled: MeetingEvent = {
      type: 'MeetingCancelled',
      data: { boardId: 'ifon', meetingId: 'su-2023-04-13', reason: 'inställt' },
    };
    const outcome = given([utskott0413, cancelled]).when(
      reportAt('su-2023-04-13', ['open', 'open-2']),
    );
    expect(outcome.events).toEqual([]);
    expect(outcome.reported).toEqual([]);
    expect(outcome.rejected.map((r) => codeOf(r.error))).toEqual([
      'MEETING_CANCELLED',
      'MEETING_CANCELLED',
    ]);
  });

  it('emits no event when nothing is reported', () => {
    const outcome = given([utskott0413]).when(reportAt('su-2023-04-13', ['unknown']));
    expect(outcome.events).toEqual([]);
  });

  it('refuses a meeting that is not scheduled (not-found)', () => {
    expect(() => given([]).when(reportAt('su-2023-04-13', ['open']))).toThrow(MeetingNotFoundError);
  });

  it('decides through the meeting decider too, returning the events', () => {
    deciderSpecification(meetingDecider)
      .given([utskott0413])
      .when(reportAt('su-2023-04-13', ['open', 'annulled']), {
        knownBodyIds: new Set(),
        judgmentOf,
      })
      .then([
        {
          type: 'DecisionsReported',
          data: {
            boardId: 'ifon',
            meetingId: 'su-2023-04-13',
            bodyId: UTSKOTT,
            meetingDate: '2023-04-13',
            decisionIds: ['open'],
          },
        },
      ]);
  });

  it('records the minutes paragraph, trimmed, on the event', () => {
    const outcome = given([utskott0413]).when(reportAt('su-2023-04-13', ['open'], '  § 123 '));
    expect(outcome.events).toEqual([
      {
        type: 'DecisionsReported',
        data: {
          boardId: 'ifon',
          meetingId: 'su-2023-04-13',
          bodyId: UTSKOTT,
          meetingDate: '2023-04-13',
          decisionIds: ['open'],
          minutesParagraph: '§ 123',
        },
      },
    ]);
  });

  it.each([null, undefined])('leaves the paragraph off the event when it is %s', (paragraph) => {
    const [event] = given([utskott0413]).when(
      reportAt('su-2023-04-13', ['open'], paragraph),
    ).events;
    expect(event.data).not.toHaveProperty('minutesParagraph');
  });

  it.each(['', '   ', `§ ${'1'.repeat(49)}`])(
    'refuses a blank or overlong paragraph %j (invalid)',
    (paragraph) => {
      expect(() =>
        given([utskott0413]).when(reportAt('su-2023-04-13', ['open'], paragraph)),
      ).toThrow(InvalidMinutesParagraphError);
    },
  );

  it('accepts a paragraph of exactly the maximum length', () => {
    const paragraph = `§ ${'1'.repeat(48)}`;
    const [event] = given([utskott0413]).when(
      reportAt('su-2023-04-13', ['open'], paragraph),
    ).events;
    expect(event.data).toMatchObject({ minutesParagraph: paragraph });
  });
});
