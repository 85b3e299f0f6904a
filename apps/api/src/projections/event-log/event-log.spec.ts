import {
  boardDefined,
  decisionAmended,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  meetingScheduled,
  reportsWithdrawn,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { ProjectionSpec, recorded } from '../projection-specification';
import { EventLogProjection } from './event-log.projection';

const spec = ProjectionSpec.for(new EventLogProjection());

/** 1 board, 2 meeting, 3–4 decisions, 5 amendment, 6 report naming both, 7 annulment, 8–9 another board */
const log = spec.given(
  boardDefined('ifon'),
  meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
  decisionRecorded('a'),
  recorded(decisionRecorded('b'), {
    recordedAt: '2023-04-05T08:00:00.000Z',
    metadata: { actor: 'procapita' },
  }),
  decisionAmended('a', { summary: 'rättad' }),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['a', 'b']),
  decisionAnnulled('b'),
  boardDefined('vfn'),
  decisionRecorded('c', { boardId: 'vfn' }),
);

const positions = (events: readonly { position: number }[]) => events.map((e) => e.position);

describe('given decisions recorded, amended, reported together and annulled', () => {
  it('when a decision’s history is read, then its own stream and every report naming it, in log order', () =>
    log
      .when((q) =>
        [q.eventLog.decisionHistory('a'), q.eventLog.decisionHistory('b')].map(positions),
      )
      .then([
        [3, 5, 6],
        [4, 6, 7],
      ]));

  it('when a history entry is read, then it carries its stream, type, recordedAt, actor and data', () =>
    log
      .when((q) => q.eventLog.decisionHistory('b')[0])
      .then({
        position: 4,
        streamId: 'decision-b',
        type: 'DecisionRecorded',
        recordedAt: '2023-04-05T08:00:00.000Z',
        actor: 'procapita',
        data: decisionRecorded('b').data,
      }));

  it('when the report in a history is read, then it is the meeting’s event, on the meeting’s stream', () =>
    log
      .when((q) => q.eventLog.decisionHistory('a').map((e) => [e.type, e.streamId]))
      .then([
        ['DecisionRecorded', 'decision-a'],
        ['DecisionAmended', 'decision-a'],
        ['DecisionsReported', 'meeting-ifon:su-2023-04-13'],
      ]));

  it('when an unknown decision’s history is read, then it is empty', () =>
    log.when((q) => q.eventLog.decisionHistory('nope')).then([]));
});

describe('given the log of two boards, when it is paged', () => {
  it('without a boards filter, then every event from the position, up to the limit', () =>
    log.when((q) => positions(q.eventLog.page(3, 4, undefined))).then([3, 4, 5, 6]));

  it('from position 0 with a large limit, then the whole log', () =>
    log
      .when((q) => positions(q.eventLog.page(0, 100, undefined)))
      .then([1, 2, 3, 4, 5, 6, 7, 8, 9]));

  it('with boards=[ifon], then only that board’s events', () =>
    log.when((q) => positions(q.eventLog.page(0, 100, ['ifon']))).then([1, 2, 3, 4, 5, 6, 7]));

  it('with boards=[vfn] from position 2, limit 1, then the first of its events from there', () =>
    log.when((q) => positions(q.eventLog.page(2, 1, ['vfn']))).then([8]));

  it('with boards=[], then nothing', () => log.when((q) => q.eventLog.page(0, 100, [])).then([]));

  it('from a position, then that position is included', () =>
    log.when((q) => positions(q.eventLog.page(9, 10, ['vfn']))).then([9]));

  it('with a type, then only events of that type, of the boards, from the position', () =>
    log
      .when((q) => [
        positions(q.eventLog.page(0, 100, ['ifon'], 'DecisionRecorded')),
        positions(q.eventLog.page(4, 100, ['ifon'], 'DecisionRecorded')),
        positions(q.eventLog.page(0, 1, undefined, 'BoardDefined')),
        positions(q.eventLog.page(0, 100, undefined, 'DecisionRecorded')),
      ])
      .then([[3, 4], [4], [1], [3, 4, 9]]));
});

describe('given a report that is withdrawn and made again', () => {
  it('when the decision’s history is read, then it keeps the report, its withdrawal and the new report', () =>
    spec
      .given(
        decisionRecorded('a'),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['a']),
        reportsWithdrawn('su-2023-04-13', UTSKOTT, '2023-04-13', ['a']),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['a']),
      )
      .when((q) => q.eventLog.decisionHistory('a').map((e) => [e.position, e.type]))
      .then([
        [1, 'DecisionRecorded'],
        [2, 'DecisionsReported'],
        [3, 'ReportsWithdrawn'],
        [4, 'DecisionsReported'],
      ]));
});
