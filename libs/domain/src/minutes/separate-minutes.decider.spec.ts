import { deciderSpecification } from '../shared/decider-specification';
import {
  DecisionNotFoundError,
  MinutesDateOrderError,
  NotSeparatelyMinutedError,
} from '../shared/domain-errors';
import type { RecordSeparateMinutes } from './minutes.commands';
import type { SeparateMinutesRecorded } from './minutes.events';
import { separateMinutesDecider } from './separate-minutes.decider';

const ids = { boardId: 'ifon', decisionId: 'd-1' };
const decision = { decidedAt: '2023-04-03', mode: 'separate-minutes' as const };
const record = (
  data: Omit<RecordSeparateMinutes['data'], 'boardId' | 'decisionId'>,
): RecordSeparateMinutes => ({ type: 'RecordSeparateMinutes', data: { ...ids, ...data } });
const recorded = (data: Partial<SeparateMinutesRecorded['data']>): SeparateMinutesRecorded => ({
  type: 'SeparateMinutesRecorded',
  data: { ...ids, approvedOn: '2023-04-05', announcedOn: null, minutesRef: null, ...data },
});
const spec = deciderSpecification(separateMinutesDecider);

describe('separate minutes decider: RecordSeparateMinutes (KL 6:40, 7:8)', () => {
  it('given a separately minuted decision, when its minutes are approved, then they are recorded', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-04-05', minutesRef: 'Dnr 2023/17' }), decision)
      .then([recorded({ minutesRef: 'Dnr 2023/17' })]);
  });

  it('given its minutes, when the announcement is added, then it is recorded; again alike, nothing', () => {
    spec
      .given([recorded({})])
      .when(record({ approvedOn: '2023-04-05', announcedOn: '2023-04-06' }), decision)
      .then([recorded({ announcedOn: '2023-04-06' })]);
    spec
      .given([recorded({ announcedOn: '2023-04-06' })])
      .when(record({ approvedOn: '2023-04-05' }), decision)
      .then([]);
  });

  it.each(['report', 'none', 'unspecified'] as const)(
    'given a decision judged %s, then it has no separate minutes (422)',
    (mode) => {
      spec
        .given([])
        .when(record({ approvedOn: '2023-04-05' }), { ...decision, mode })
        .thenThrows(NotSeparatelyMinutedError, (e: NotSeparatelyMinutedError) => e.kind === 'rule');
    },
  );

  it('when approved before the decision, or announced before approval, then it is refused (422)', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-04-02' }), decision)
      .thenThrows(MinutesDateOrderError);
    spec
      .given([])
      .when(record({ approvedOn: '2023-04-05', announcedOn: '2023-04-04' }), decision)
      .thenThrows(MinutesDateOrderError);
  });

  it('given no such decision, then it is not found', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-04-05' }), undefined)
      .thenThrows(DecisionNotFoundError);
  });
});
