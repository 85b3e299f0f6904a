import {
  BOARD,
  boardDefined,
  CHEF,
  decisionRecorded,
  decisionsReported,
  IFON,
  meetingCancelled,
  meetingScheduled,
  reportsWithdrawn,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { ProjectionSpec } from '../projection-specification';
import { MeetingsProjection } from './meetings.projection';

const spec = ProjectionSpec.for(new MeetingsProjection());

describe('given meetings scheduled out of order, over two years, of several bodies and boards', () => {
  const board = spec.given(
    boardDefined(),
    meetingScheduled('su-2023-04-27', UTSKOTT, '2023-04-27'),
    meetingScheduled('ifon-2024-02-20', IFON, '2024-02-20'),
    meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
    meetingScheduled('ifon-2023-05-23', IFON, '2023-05-23'),
    meetingScheduled('fc-2022-12-20', CHEF, '2022-12-20'),
    meetingScheduled('other-2023-04-13', UTSKOTT, '2023-04-13', { boardId: 'other' }),
  );
  const ids = (filter: { bodyId?: string; from?: string; to?: string }) =>
    board.when((q) => q.meetings.list(BOARD, filter).map((m) => m.meetingId));

  it('when listed, then the board’s meetings ordered by date', () =>
    ids({}).then([
      'fc-2022-12-20',
      'su-2023-04-13',
      'su-2023-04-27',
      'ifon-2023-05-23',
      'ifon-2024-02-20',
    ]));

  it('when listed with bodyId, then only that body’s', () =>
    ids({ bodyId: UTSKOTT }).then(['su-2023-04-13', 'su-2023-04-27']));

  it('when listed with from and to, then those dated inside, both ends included', () =>
    ids({ from: '2023-04-13', to: '2023-05-23' }).then([
      'su-2023-04-13',
      'su-2023-04-27',
      'ifon-2023-05-23',
    ]));

  it('when listed with from only, or to only, then the open end is unbounded', () =>
    board
      .when((q) => [
        q.meetings.list(BOARD, { from: '2023-05-23' }).map((m) => m.meetingId),
        q.meetings.list(BOARD, { to: '2022-12-20' }).map((m) => m.meetingId),
      ])
      .then([['ifon-2023-05-23', 'ifon-2024-02-20'], ['fc-2022-12-20']]));

  it('when listed with every filter, then all of them apply', () =>
    ids({ bodyId: IFON, from: '2023-01-01', to: '2023-12-31' }).then(['ifon-2023-05-23']));

  it('when the bodies with meetings are asked, then each body once, of this board only', () =>
    board
      .when((q) => [q.meetings.bodiesWithMeetings(BOARD), q.meetings.bodiesWithMeetings('none')])
      .then([new Set([UTSKOTT, IFON, CHEF]), new Set()]));

  it('when a meeting of another board is asked for here, then there is none', () =>
    board.when((q) => q.meetings.get(BOARD, 'other-2023-04-13')).then(undefined));
});

describe('given a meeting with its own cutoff that takes no reports', () => {
  it('when it is read, then its cutoff and receivesReports are kept, and nothing reported', () =>
    spec
      .given(
        meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13', {
          listCutoff: '2023-04-13',
          receivesReports: false,
        }),
      )
      .when((q) => q.meetings.get(BOARD, 'su-2023-04-13'))
      .then({
        meetingId: 'su-2023-04-13',
        bodyId: UTSKOTT,
        date: '2023-04-13',
        listCutoff: '2023-04-13',
        receivesReports: false,
        cancelled: false,
        cancelReason: null,
        reportedCount: 0,
      }));
});

describe('given a meeting that is cancelled', () => {
  it('when it is listed, then it is there, cancelled, with the reason', () =>
    spec
      .given(
        meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
        meetingCancelled('su-2023-04-13'),
      )
      .when((q) =>
        q.meetings.list(BOARD, {}).map((m) => [m.meetingId, m.cancelled, m.cancelReason]),
      )
      .then([['su-2023-04-13', true, 'inställt']]));
});

describe('given two reports at a meeting', () => {
  it('when it is read, then reportedCount counts every decision reported there, and no other meeting’s', () =>
    spec
      .given(
        meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
        meetingScheduled('su-2023-04-27', UTSKOTT, '2023-04-27'),
        decisionRecorded('a'),
        decisionRecorded('b'),
        decisionRecorded('c'),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['a', 'b']),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['c']),
      )
      .when((q) => q.meetings.list(BOARD, {}).map((m) => [m.meetingId, m.reportedCount]))
      .then([
        ['su-2023-04-13', 3],
        ['su-2023-04-27', 0],
      ]));
});

describe('given reports at a meeting, one of them withdrawn', () => {
  const reported = [
    meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
    decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['a', 'b', 'c']),
    reportsWithdrawn('su-2023-04-13', UTSKOTT, '2023-04-13', ['b']),
  ];

  it('when it is read, then reportedCount counts the reports still standing', () =>
    spec
      .given(...reported)
      .when((q) => q.meetings.get(BOARD, 'su-2023-04-13')?.reportedCount)
      .then(2));

  it('when the withdrawn decision is reported there again, then it counts again', () =>
    spec
      .given(...reported, decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['b']))
      .when((q) => q.meetings.get(BOARD, 'su-2023-04-13')?.reportedCount)
      .then(3));

  it('when every report is withdrawn, then none stands', () =>
    spec
      .given(...reported, reportsWithdrawn('su-2023-04-13', UTSKOTT, '2023-04-13', ['a', 'c']))
      .when((q) => q.meetings.get(BOARD, 'su-2023-04-13')?.reportedCount)
      .then(0));
});
