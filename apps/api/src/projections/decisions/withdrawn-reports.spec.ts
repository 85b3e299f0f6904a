import {
  BOARD,
  decisionAmended,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  reportsWithdrawn,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

const reportedAtUtskott = decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['d'], {
  minutesParagraph: '§ 12',
});
const withdrawnAtUtskott = reportsWithdrawn('su-2023-04-13', UTSKOTT, '2023-04-13', ['d']);

const listOf = (q: ProjectionQueries, meetingId: string) =>
  q.decisions
    .reportingList(BOARD, q.meetings.get(BOARD, meetingId)!, '2023-04-14', true)
    .map((d) => d.externalId);
/** Where the decision stands on 2023-04-14: its status, flags, steps, lists and queue line. */
const standing = (q: ProjectionQueries) => {
  const v = q.decisions.get(BOARD, 'd', '2023-04-14', true);
  return {
    status: v.status,
    flags: v.flags,
    steps: v.reporting.steps.map((s) => [s.bodyId, s.reportedAtMeetingId, s.minutesParagraph]),
    utskottList: listOf(q, 'su-2023-04-13'),
    namndList: listOf(q, 'ifon-2023-05-23'),
    queue: q.decisions.queue(BOARD, { today: '2023-04-14' }).items.map((i) => i.bodyId),
  };
};

describe('given a decision reported at the utskott with a minutes paragraph', () => {
  it('when it is read, then the step shows the paragraph and the decision moved on to the nämnd', () =>
    spec
      .given(...ifon(), decisionRecorded('d'), reportedAtUtskott)
      .when(standing)
      .then({
        status: 'pending',
        flags: [],
        steps: [
          [UTSKOTT, 'su-2023-04-13', '§ 12'],
          [IFON, null, null],
        ],
        utskottList: [],
        namndList: ['d'],
        queue: [IFON],
      }));
});

describe('given that report is withdrawn', () => {
  it('when the decision is read, then it is judged as if never reported: back on the utskott list, overdue there', () =>
    spec
      .given(...ifon(), decisionRecorded('d'), reportedAtUtskott, withdrawnAtUtskott)
      .when(standing)
      .then({
        status: 'overdue',
        flags: ['OVERDUE'],
        steps: [
          [UTSKOTT, null, null],
          [IFON, null, null],
        ],
        utskottList: ['d'],
        namndList: [],
        queue: [UTSKOTT],
      }));

  it('when it is reported again at the same meeting, then it counts, with the new paragraph', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        reportedAtUtskott,
        withdrawnAtUtskott,
        decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['d'], {
          minutesParagraph: '§ 13',
        }),
      )
      .when((q) => standing(q).steps)
      .then([
        [UTSKOTT, 'su-2023-04-13', '§ 13'],
        [IFON, null, null],
      ]));

  it('when it had been amended after the report, then AMENDED_AFTER_REPORT goes with the report', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        reportedAtUtskott,
        decisionAmended('d', { summary: 'rättad' }),
        withdrawnAtUtskott,
      )
      .when((q) => standing(q).flags)
      .then(['OVERDUE']));

  it('when the report withdrawn was late, then REPORTED_LATE goes with it', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        decisionsReported('su-2023-04-27', UTSKOTT, '2023-04-27', ['d']),
        reportsWithdrawn('su-2023-04-27', UTSKOTT, '2023-04-27', ['d']),
      )
      .when((q) => q.decisions.get(BOARD, 'd', '2023-04-28', true).flags)
      .then(['OVERDUE']));
});

describe('given a decision reported at every step, when the nämnd’s report is withdrawn', () => {
  it('then it is open again at the nämnd, and overdue the day after its meeting', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d'),
        reportedAtUtskott,
        decisionsReported('ifon-2023-05-23', IFON, '2023-05-23', ['d']),
        reportsWithdrawn('ifon-2023-05-23', IFON, '2023-05-23', ['d']),
      )
      .when((q) => {
        const v = q.decisions.get(BOARD, 'd', '2023-05-24', true);
        return [v.status, q.decisions.overdueOn('2023-05-24').map((c) => c.bodyId)];
      })
      .then(['overdue', [IFON]]));
});
