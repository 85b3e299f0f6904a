import {
  BOARD,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  meetingCancelled,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

/** The reporting list of one of the board's meetings, as the door reads it. */
const reportingListOf =
  (meetingId: string, today = '2023-04-13') =>
  (q: ProjectionQueries) => {
    const meeting = q.meetings.get(BOARD, meetingId);
    if (!meeting) throw new Error(`no meeting ${meetingId}`);
    return q.decisions.reportingList(BOARD, meeting, today, true).map((d) => d.externalId);
  };

describe('given decisions of 2023-01-02, 2023-01-04, 2023-04-03 and 2023-04-13 (two versions in force)', () => {
  const board = spec.given(
    ...ifon(),
    decisionRecorded('d-0102', { decidedAt: '2023-01-02', registeredAt: '2023-01-05' }),
    decisionRecorded('d-0104', { decidedAt: '2023-01-04', registeredAt: '2023-01-05' }),
    decisionRecorded('d-0403', { decidedAt: '2023-04-03' }),
    decisionRecorded('d-0413', { decidedAt: '2023-04-13' }),
  );

  it('when the utskott list of 2023-04-13 is read, then the decisions at the utskott ready by its cutoff (2023-04-12)', () =>
    board.when(reportingListOf('su-2023-04-13')).then(['d-0104', 'd-0403']));

  it('when the next utskott list is read, then it also holds what is still not reported', () =>
    board.when(reportingListOf('su-2023-04-27')).then(['d-0104', 'd-0403', 'd-0413']));

  it('when the förvaltningschef’s list is read, then only the decision under the 2022 version', () =>
    board.when(reportingListOf('fc-2023-01-31')).then(['d-0102']));

  it('when the nämnd’s list is read, then none: no decision has reached its step there', () =>
    board.when(reportingListOf('ifon-2023-05-23')).then([]));
});

describe('given a decision received by the utskott on 2023-04-13', () => {
  const board = spec.given(
    ...ifon(),
    decisionRecorded('r-0403', { decidedAt: '2023-04-03' }),
    decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['r-0403']),
  );

  it('when the utskott lists are read, then it has left them', () =>
    board
      .when((q) => [...reportingListOf('su-2023-04-13')(q), ...reportingListOf('su-2023-04-27')(q)])
      .then([]));

  it('when the nämnd list of 2023-05-23 is read, then it is on it', () =>
    board.when(reportingListOf('ifon-2023-05-23')).then(['r-0403']));

  it('when it is read, then its current step is the nämnd, ready on the utskott meeting, due 2023-05-23', () =>
    board
      .when((q) => q.decisions.get(BOARD, 'r-0403', '2023-04-14', true))
      .then((view) =>
        expect(view).toMatchObject({
          status: 'pending',
          flags: [],
          reporting: {
            steps: [
              {
                bodyId: UTSKOTT,
                reportedAtMeetingId: 'su-2023-04-13',
                reportedOn: '2023-04-13',
                late: false,
              },
              {
                bodyId: 'ifon',
                readyOn: '2023-04-13',
                dueMeetingId: 'ifon-2023-05-23',
                dueDate: '2023-05-23',
                reportedAtMeetingId: null,
              },
            ],
          },
        }),
      ));

  it('when the nämnd meeting receives it, then it is reported and on no list', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('r-0403', { decidedAt: '2023-04-03' }),
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['r-0403']),
        decisionsReported('ifon-2023-05-23', 'ifon', '2023-05-23', ['r-0403']),
      )
      .when((q) => ({
        status: q.decisions.get(BOARD, 'r-0403', '2023-05-24', true).status,
        lists: reportingListOf('ifon-2023-05-23')(q),
      }))
      .then({ status: 'reported', lists: [] }));
});

describe('given an urgent decision (KL 6:39) and one under 5.1.1 (route: the nämnd)', () => {
  const board = spec.given(
    ...ifon(),
    decisionRecorded('urgent', { decidedAt: '2023-04-03', urgent: true }),
    decisionRecorded('utskott-item', {
      decidedAt: '2023-04-03',
      itemCode: '5.1.1',
      decidedBy: { name: 'Ordf', role: 'ordforande', id: null },
    }),
  );

  it('when the utskott list is read, then neither is on it', () =>
    board.when(reportingListOf('su-2023-04-13')).then([]));

  it('when the nämnd list is read, then both are on it, straight away', () =>
    board.when(reportingListOf('ifon-2023-05-23')).then(['urgent', 'utskott-item']));
});

describe('given decisions not to be reported or annulled', () => {
  it('when the utskott list is read, then they are not on it', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('none', { decidedAt: '2023-04-03', itemCode: '3.8.1' }),
        decisionRecorded('minutes', { decidedAt: '2023-04-03', itemCode: '3.9.1' }),
        decisionRecorded('annulled', { decidedAt: '2023-04-03' }),
        decisionAnnulled('annulled'),
        decisionRecorded('open', { decidedAt: '2023-04-03' }),
      )
      .when(reportingListOf('su-2023-04-13'))
      .then(['open']));
});

describe('given a cancelled utskott meeting', () => {
  it('when its list is read, then it is empty: it can receive nothing', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d', { decidedAt: '2023-04-03' }),
        meetingCancelled('su-2023-04-13'),
      )
      .when((q) => [reportingListOf('su-2023-04-13')(q), reportingListOf('su-2023-04-27')(q)])
      .then([[], ['d']]));
});

describe('given an utskott meeting that takes no reports (receivesReports false)', () => {
  it('when its list is read, then it still lists what is ready: a report there is accepted, though it is never due', () =>
    spec
      .given(
        ...ifon().map((e) =>
          e.type === 'MeetingScheduled' && e.data.meetingId === 'su-2023-04-13'
            ? { ...e, data: { ...e.data, receivesReports: false } }
            : e,
        ),
        decisionRecorded('d', { decidedAt: '2023-04-03' }),
      )
      .when((q) => ({
        list: reportingListOf('su-2023-04-13')(q),
        due: q.decisions.get(BOARD, 'd', '2023-04-13', true).reporting.steps[0].dueMeetingId,
      }))
      .then({ list: ['d'], due: 'su-2023-04-27' }));
});
