import { deciderSpecification } from '../shared/decider-specification';
import {
  AppealConflictError,
  AppealDateOrderError,
  AppealNotFoundError,
  DecisionNotFoundError,
  InvalidCalendarDateError,
} from '../shared/domain-errors';
import type { RecordAppeal, RecordAppealOutcome } from './appeal.commands';
import { appealDecider } from './appeal.decider';
import type { AppealOutcomeRecorded, AppealRecorded } from './appeal.events';

const ids = { boardId: 'ifon', decisionId: 'd-1', appealId: 'a-1' };
const decision = { decidedAt: '2023-04-03' };
const lodge = (data: Partial<RecordAppeal['data']> = {}): RecordAppeal => ({
  type: 'RecordAppeal',
  data: { ...ids, lodgedOn: '2023-06-12', court: 'Förvaltningsrätten i Göteborg', ...data },
});
const lodged: AppealRecorded = {
  type: 'AppealRecorded',
  data: {
    ...ids,
    lodgedOn: '2023-06-12',
    court: 'Förvaltningsrätten i Göteborg',
    caseRef: null,
  },
};
const decideOutcome = (data: Partial<RecordAppealOutcome['data']> = {}): RecordAppealOutcome => ({
  type: 'RecordAppealOutcome',
  data: { ...ids, decidedOn: '2023-09-01', outcome: 'upheld', ...data },
});
const decided: AppealOutcomeRecorded = {
  type: 'AppealOutcomeRecorded',
  data: { ...ids, decidedOn: '2023-09-01', outcome: 'upheld' },
};
const spec = deciderSpecification(appealDecider);

describe('appeal decider: RecordAppeal', () => {
  it('given no appeals, when one is lodged, then it is recorded', () => {
    spec.given([]).when(lodge(), decision).then([lodged]);
  });

  it('given the appeal, when recorded again alike, then nothing happens (idempotent)', () => {
    spec
      .given([lodged])
      .when(lodge({ court: ' Förvaltningsrätten i Göteborg ' }), decision)
      .then([]);
  });

  it('given the appeal, when recorded again with another date, then it conflicts (409)', () => {
    spec
      .given([lodged])
      .when(lodge({ lodgedOn: '2023-06-13' }), decision)
      .thenThrows(AppealConflictError, (e: AppealConflictError) => e.details[0] === 'lodgedOn');
  });

  it('given an appeal, when a second is lodged, then both are kept', () => {
    const second = { ...lodged, data: { ...lodged.data, appealId: 'a-2', court: null } };
    spec
      .given([lodged])
      .when(lodge({ appealId: 'a-2', court: null }), decision)
      .then([second]);
  });

  it('when lodged before the decision date, then it is refused (422)', () => {
    spec
      .given([])
      .when(lodge({ lodgedOn: '2023-04-02' }), decision)
      .thenThrows(AppealDateOrderError, (e: AppealDateOrderError) => e.kind === 'rule');
  });

  it('given no such decision, then it is not found', () => {
    spec.given([]).when(lodge(), undefined).thenThrows(DecisionNotFoundError);
  });

  it('when lodgedOn is not a date, then it is invalid', () => {
    spec
      .given([])
      .when(lodge({ lodgedOn: '2023-6-12' }), decision)
      .thenThrows(InvalidCalendarDateError);
  });
});

describe('appeal decider: RecordAppealOutcome', () => {
  it('given the appeal, when the court decides, then the outcome is recorded', () => {
    spec.given([lodged]).when(decideOutcome(), decision).then([decided]);
  });

  it('given the outcome, when sent again alike, then nothing happens; otherwise it conflicts', () => {
    spec.given([lodged, decided]).when(decideOutcome(), decision).then([]);
    spec
      .given([lodged, decided])
      .when(decideOutcome({ outcome: 'quashed' }), decision)
      .thenThrows(AppealConflictError);
  });

  it('given no such appeal, then it is not found', () => {
    spec.given([]).when(decideOutcome(), decision).thenThrows(AppealNotFoundError);
  });

  it('when decided before it was lodged, then it is refused (422)', () => {
    spec
      .given([lodged])
      .when(decideOutcome({ decidedOn: '2023-06-11' }), decision)
      .thenThrows(AppealDateOrderError);
  });
});
