// The worked example of domain.md, driven through the deciders the way the app
// does: decide, append to a log, then judge from what the log holds.
import { boardDecider } from '../board/board.decider';
import type { DecisionEvent } from '../decision/decision.events';
import { decisionDecider } from '../decision/decision.decider';
import { evolveDecisionHistory, type DecisionHistory } from '../decision/decision-facts';
import type { DelegationOrderEvent } from '../delegation-order/delegation-order.events';
import { delegationOrderDecider } from '../delegation-order/delegation-order.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import { meetingDecider, reportDecisions } from '../meeting/meeting.decider';
import type { Decider } from '../shared/decider';
import { activeReportsOf } from './active-reports';
import { statusOn } from './decision-status';
import { judgeDecision } from './judge-decision';
import type { Judgment } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';
import { isOnReportingList } from './reporting-list';

type AnyEvent = DelegationOrderEvent | MeetingEvent | DecisionEvent;
interface Logged {
  readonly streamId: string;
  readonly position: number;
  readonly event: AnyEvent;
}

const bodies = new Set(['ifon', 'socialt-utskott', 'forvaltningschef']);
const boardEvents = boardDecider.decide(
  {
    type: 'DefineBoard',
    data: {
      boardId: 'ifon',
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: [
        { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
        { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
        { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
      ],
    },
  },
  boardDecider.initialState,
  new Set(),
);

/** A tiny stand-in for the event store: streams and one global position. */
function createLog() {
  const entries: Logged[] = [];
  const stream = <E extends AnyEvent>(streamId: string) =>
    entries.filter((entry) => entry.streamId === streamId).map((entry) => entry.event as E);
  const fold = <C, E extends AnyEvent, S, X extends readonly unknown[]>(
    decider: Decider<C, E, S, X>,
    streamId: string,
  ) =>
    stream<E>(streamId).reduce(
      (state, event) => decider.evolve(state, event),
      decider.initialState,
    );
  const append = (streamId: string, events: readonly AnyEvent[]) =>
    events.forEach((event) => entries.push({ streamId, position: entries.length + 1, event }));
  const run = <C, E extends AnyEvent, S, X extends readonly unknown[]>(
    decider: Decider<C, E, S, X>,
    streamId: string,
    command: C,
    ...context: X
  ) => append(streamId, decider.decide(command, fold(decider, streamId), ...context));
  return { entries, fold, append, run };
}

describe('worked example: IFON, Borås Stad, 2022–2023', () => {
  const log = createLog();
  const noJudgments = () => undefined;
  const adopt = (versionId: string, effectiveFrom: string, defaultRoute: string[]) =>
    log.run(
      delegationOrderDecider,
      'order-ifon',
      {
        type: 'AdoptDelegationOrderVersion',
        data: {
          boardId: 'ifon',
          versionId,
          effectiveFrom,
          defaultRoute,
          items: [
            {
              code: '3.7.2',
              title: 'Bistånd',
              delegates: ['socialsekreterare'],
              reporting: 'report',
            },
          ],
        },
      },
      bodies,
    );
  const schedule = (meetingId: string, bodyId: string, date: string) =>
    log.run(
      meetingDecider,
      `meeting-${meetingId}`,
      { type: 'ScheduleMeeting', data: { boardId: 'ifon', meetingId, bodyId, date } },
      { knownBodyIds: bodies, judgmentOf: noJudgments },
    );
  const record = (decisionId: string, decidedAt: string, receivedOn: string) =>
    log.run(decisionDecider, `decision-${decisionId}`, {
      type: 'RecordDecision',
      data: {
        boardId: 'ifon',
        decisionId,
        sourceSystem: 'viva-ifo',
        externalId: decisionId,
        itemCode: '3.7.2',
        decidedAt,
        decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' },
        receivedOn,
      },
    });

  /** The judgment projection: everything it needs comes from the log. */
  const judge = (decisionId: string): Judgment => {
    const versions = log.entries.flatMap(({ event }) =>
      event.type === 'DelegationOrderVersionAdopted' ? [event.data] : [],
    );
    const meetings = log.entries.flatMap(({ event }) =>
      event.type === 'MeetingScheduled' ? [{ ...event.data, cancelled: false }] : [],
    );
    const reports = activeReportsOf(
      decisionId,
      log.entries.flatMap(({ streamId, event, position }) =>
        streamId.startsWith('meeting-') ? [{ event: event as MeetingEvent, position }] : [],
      ),
    );
    const history = log.entries
      .filter((entry) => entry.streamId === `decision-${decisionId}`)
      .reduce<
        DecisionHistory | undefined
      >((state, { event, position }) => evolveDecisionHistory(state, event as DecisionEvent, position), undefined);
    if (history === undefined) throw new Error(`no decision ${decisionId}`);
    return judgeDecision({
      decision: history.facts,
      orders: new OrderHistory(versions),
      calendar: new MeetingCalendar(meetings),
      boardBodyId: 'ifon',
      reports,
      amendmentPositions: history.amendmentPositions,
    });
  };
  const report = (meetingId: string, decisionIds: string[]) => {
    const streamId = `meeting-${meetingId}`;
    const outcome = reportDecisions(
      { type: 'ReportDecisions', data: { boardId: 'ifon', meetingId, decisionIds } },
      log.fold(meetingDecider, streamId),
      (decisionId) => judge(decisionId),
    );
    log.append(streamId, outcome.events);
    return outcome;
  };

  beforeAll(() => {
    expect(boardEvents).toHaveLength(1);
    adopt('ifon-2022-06-14', '2022-06-14', ['forvaltningschef', 'ifon']);
    adopt('ifon-2023-01-03', '2023-01-03', ['socialt-utskott', 'ifon']);
    schedule('su-2023-04-13', 'socialt-utskott', '2023-04-13');
    schedule('su-2023-04-27', 'socialt-utskott', '2023-04-27');
    schedule('su-2023-05-11', 'socialt-utskott', '2023-05-11');
    schedule('ifon-2023-05-23', 'ifon', '2023-05-23');
    record('taken-2023-01-02', '2023-01-02', '2023-01-05');
    record('taken-2023-01-04', '2023-01-04', '2023-01-05');
    record('taken-2023-04-03', '2023-04-03', '2023-04-03');
    record('listed-2023-04-03', '2023-04-03', '2023-04-03');
  });

  it('a decision taken 2023-01-02 and recorded 2023-01-05 follows the old route', () => {
    const judgment = judge('taken-2023-01-02');
    expect(judgment.orderVersionId).toBe('ifon-2022-06-14');
    expect(judgment.reporting.route).toEqual(['forvaltningschef', 'ifon']);
  });

  it('a decision taken 2023-01-04 follows the new route', () => {
    const judgment = judge('taken-2023-01-04');
    expect(judgment.orderVersionId).toBe('ifon-2023-01-03');
    expect(judgment.reporting.route).toEqual(['socialt-utskott', 'ifon']);
  });

  it('a decision of 2023-04-03 is on the 2023-04-13 utskott list', () => {
    expect(judge('taken-2023-04-03').reporting.steps[0].dueMeetingId).toBe('su-2023-04-13');
    const meeting = { bodyId: 'socialt-utskott', listCutoff: '2023-04-12', cancelled: false };
    expect(isOnReportingList(judge('taken-2023-04-03'), meeting)).toBe(true);
  });

  describe('when the utskott meets 2023-04-13 and receives only one of the two decisions', () => {
    beforeAll(() => {
      expect(report('su-2023-04-13', ['listed-2023-04-03']).reported).toEqual([
        'listed-2023-04-03',
      ]);
    });

    it('the one not reported is pending on 2023-04-13', () => {
      expect(statusOn(judge('taken-2023-04-03'), '2023-04-13').status).toBe('pending');
    });

    it('and overdue from 2023-04-14 on: the missing anmälan', () => {
      expect(statusOn(judge('taken-2023-04-03'), '2023-04-14')).toEqual({
        status: 'overdue',
        flags: ['OVERDUE'],
      });
      expect(statusOn(judge('taken-2023-04-03'), '2023-05-22').status).toBe('overdue');
    });

    it('the one reported at the utskott becomes due at the nämnd on 2023-05-23', () => {
      const judgment = judge('listed-2023-04-03');
      expect(judgment.currentStep).toBe(1);
      expect(judgment.reporting.steps[1]).toMatchObject({
        bodyId: 'ifon',
        readyOn: '2023-04-13',
        dueMeetingId: 'ifon-2023-05-23',
        dueDate: '2023-05-23',
      });
      expect(statusOn(judgment, '2023-04-14').status).toBe('pending');
    });

    it('the nämnd cannot receive the overdue one before the utskott has', () => {
      const outcome = report('ifon-2023-05-23', ['taken-2023-04-03']);
      expect(outcome.reported).toEqual([]);
      expect(outcome.rejected[0].error).toMatch(/^WRONG_BODY: /);
    });

    it('the utskott reports the overdue one late on 2023-04-27, then the nämnd receives both on 2023-05-23', () => {
      report('su-2023-04-27', ['taken-2023-04-03']);
      const outcome = report('ifon-2023-05-23', ['listed-2023-04-03', 'taken-2023-04-03']);
      expect(outcome.reported).toEqual(['listed-2023-04-03', 'taken-2023-04-03']);
      expect(statusOn(judge('listed-2023-04-03'), '2023-06-01')).toEqual({
        status: 'reported',
        flags: [],
      });
      expect(statusOn(judge('taken-2023-04-03'), '2023-06-01')).toEqual({
        status: 'reported',
        flags: ['REPORTED_LATE'],
      });
    });
  });
});
