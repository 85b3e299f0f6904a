import {
  BOARD,
  decisionRecorded,
  decisionsReported,
  ifon,
  reportsWithdrawn,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

const atUtskott = (ids: string[]) =>
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ids, { minutesParagraph: '§ 12' });

const reportedAt =
  (meetingId: string, maySee = true) =>
  (q: ProjectionQueries) =>
    q.decisions
      .reportedAt(BOARD, meetingId, '2023-04-14', maySee)
      .map((d) => [d.externalId, d.caseRef, d.reporting.steps[0].minutesParagraph]);

describe('the decisions reported at a meeting', () => {
  it('given two decisions reported at the utskott, then they are the ones reported there, in decision order', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('b', { decidedAt: '2023-04-05' }),
        decisionRecorded('a', { decidedAt: '2023-04-04' }),
        decisionRecorded('c'),
        atUtskott(['b', 'a']),
      )
      .when(reportedAt('su-2023-04-13'))
      .then([
        ['a', 'IFO 2023-a', '§ 12'],
        ['b', 'IFO 2023-b', '§ 12'],
      ]));

  it('given a confidential decision, then its case number is masked for one who may not see it', () =>
    spec
      .given(...ifon(), decisionRecorded('s', { confidential: true }), atUtskott(['s']))
      .when(reportedAt('su-2023-04-13', false))
      .then([['s', null, '§ 12']]));

  it('given a report withdrawn, then the decision is no longer reported there', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('w'),
        atUtskott(['w']),
        reportsWithdrawn('su-2023-04-13', UTSKOTT, '2023-04-13', ['w']),
      )
      .when(reportedAt('su-2023-04-13'))
      .then([]));

  it('given a decision reported at the utskott, then the nämnd meeting has reported nothing yet', () =>
    spec
      .given(...ifon(), decisionRecorded('n'), atUtskott(['n']))
      .when(reportedAt('ifon-2023-05-23'))
      .then([]));
});
