import { deciderSpecification } from '../shared/decider-specification';
import {
  DecisionAnnulledError,
  DecisionConflictError,
  DecisionNotFoundError,
  DomainError,
  InvalidCalendarDateError,
  NotDecisionSourceError,
  RequiredFieldClearedError,
} from '../shared/domain-errors';
import type { AmendDecision, AnnulDecision, RecordDecision } from './decision.commands';
import { decisionDecider } from './decision.decider';
import type { DecisionAmended, DecisionAnnulled, DecisionRecorded } from './decision.events';

const ids = { boardId: 'ifon', decisionId: 'd-1' };
const recordDecision = (overrides: Partial<RecordDecision['data']> = {}): RecordDecision => ({
  type: 'RecordDecision',
  data: {
    ...ids,
    sourceSystem: 'viva-ifo',
    externalId: 'VIVA-1001',
    itemCode: '3.7.2',
    decidedAt: '2023-04-03',
    decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' },
    receivedOn: '2023-04-05',
    ...overrides,
  },
});
const recorded: DecisionRecorded = {
  type: 'DecisionRecorded',
  data: {
    ...ids,
    sourceSystem: 'viva-ifo',
    externalId: 'VIVA-1001',
    itemCode: '3.7.2',
    decidedAt: '2023-04-03',
    decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: null },
    registeredAt: '2023-04-05',
    caseRef: null,
    summary: null,
    confidential: false,
    amount: null,
    urgent: false,
  },
};
const amendDecision = (changes: AmendDecision['data']['changes']): AmendDecision => ({
  type: 'AmendDecision',
  data: { ...ids, changes, reason: 'fel punkt' },
});
const amended: DecisionAmended = {
  type: 'DecisionAmended',
  data: { ...ids, changes: { itemCode: '3.7.3' }, reason: 'fel punkt' },
};
const annulDecision: AnnulDecision = {
  type: 'AnnulDecision',
  data: { ...ids, reason: 'felregistrerat' },
};
const annulled: DecisionAnnulled = {
  type: 'DecisionAnnulled',
  data: { ...ids, reason: 'felregistrerat' },
};

const spec = deciderSpecification(decisionDecider);
const kindIs = (kind: DomainError['kind']) => (error: DomainError) => error.kind === kind;

describe('decision decider: RecordDecision', () => {
  it('records a new decision, registered on the day it arrived when the source says nothing', () => {
    spec.given([]).when(recordDecision()).then([recorded]);
  });

  it('records the registeredAt the source system gives', () => {
    spec
      .given([])
      .when(
        recordDecision({
          registeredAt: '2023-04-04',
          amount: 1200,
          urgent: true,
          caseRef: 'SN 2023/17',
        }),
      )
      .then([
        {
          ...recorded,
          data: {
            ...recorded.data,
            registeredAt: '2023-04-04',
            amount: 1200,
            urgent: true,
            caseRef: 'SN 2023/17',
          },
        },
      ]);
  });

  it('is idempotent for the same content', () => {
    spec.given([recorded]).when(recordDecision()).then([]);
  });

  it('matches any stored registeredAt when the re-send has none', () => {
    spec
      .given([recorded])
      .when(recordDecision({ receivedOn: '2023-09-01' }))
      .then([]);
  });

  it('is idempotent for an explicit registeredAt equal to the stored one', () => {
    spec
      .given([recorded])
      .when(recordDecision({ registeredAt: '2023-04-05' }))
      .then([]);
  });

  it('refuses a different registeredAt (conflict)', () => {
    spec
      .given([recorded])
      .when(recordDecision({ registeredAt: '2023-04-04' }))
      .thenThrows(DecisionConflictError, kindIs('conflict'));
  });

  it('refuses different content with DECISION_CONFLICT naming the fields', () => {
    const error = spec
      .given([recorded])
      .when(recordDecision({ itemCode: '3.7.3', summary: 'x' }))
      .thenThrows<DecisionConflictError>(DecisionConflictError);
    expect(error.code).toBe('DECISION_CONFLICT');
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual(['itemCode', 'summary']);
  });

  it('stays idempotent for the original content after an amendment', () => {
    spec.given([recorded, amended]).when(recordDecision()).then([]);
  });

  it('stays idempotent for the amended content', () => {
    spec
      .given([recorded, amended])
      .when(recordDecision({ itemCode: '3.7.3' }))
      .then([]);
  });

  it('answers a re-send of an annulled decision with no events', () => {
    spec.given([recorded, annulled]).when(recordDecision()).then([]);
  });

  it.each([
    ['decidedAt', { decidedAt: '2023-02-30' }],
    ['registeredAt', { registeredAt: '2023-13-01' }],
    ['receivedOn', { receivedOn: '5 april' }],
  ])('refuses a %s that is not a calendar date (invalid)', (_field, overrides) => {
    spec
      .given([])
      .when(recordDecision(overrides))
      .thenThrows(InvalidCalendarDateError, kindIs('invalid'));
  });
});

describe('decision decider: AmendDecision', () => {
  it('amends only the fields that really change', () => {
    spec
      .given([recorded])
      .when(amendDecision({ itemCode: '3.7.3', decidedAt: '2023-04-03', confidential: false }))
      .then([amended]);
  });

  it('answers changes that change nothing with no events', () => {
    spec
      .given([recorded])
      .when(amendDecision({ decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' } }))
      .then([]);
  });

  it('judges "no change" against the amended facts', () => {
    spec
      .given([recorded, amended])
      .when(amendDecision({ itemCode: '3.7.3' }))
      .then([]);
  });

  it('records a correction to a nullable field', () => {
    spec
      .given([recorded])
      .when(
        amendDecision({
          amount: 900,
          decidedBy: { name: 'Anna Andersson', role: 'enhetschef', id: 'e1' },
        }),
      )
      .then([
        {
          type: 'DecisionAmended',
          data: {
            ...ids,
            changes: {
              decidedBy: { name: 'Anna Andersson', role: 'enhetschef', id: 'e1' },
              amount: 900,
            },
            reason: 'fel punkt',
          },
        },
      ]);
  });

  it('refuses to amend an unknown decision (not-found)', () => {
    spec
      .given([])
      .when(amendDecision({ itemCode: '1' }))
      .thenThrows(DecisionNotFoundError, kindIs('not-found'));
  });

  it('refuses to amend an annulled decision (rule)', () => {
    spec
      .given([recorded, annulled])
      .when(amendDecision({ itemCode: '1' }))
      .thenThrows(DecisionAnnulledError, kindIs('rule'));
  });

  it('refuses an amended date that does not exist (invalid)', () => {
    spec
      .given([recorded])
      .when(amendDecision({ decidedAt: '2023-02-29' }))
      .thenThrows(InvalidCalendarDateError, kindIs('invalid'));
  });

  it('refuses to clear a field every decision has, naming each (invalid)', () => {
    const cleared = {
      itemCode: null,
      confidential: null,
    } as unknown as AmendDecision['data']['changes'];
    spec
      .given([recorded])
      .when(amendDecision(cleared))
      .thenThrows(
        RequiredFieldClearedError,
        (error) =>
          (error as DomainError).kind === 'invalid' &&
          (error as DomainError).details.join() === 'itemCode,confidential',
      );
  });

  it('refuses a decision of another board as unknown (not-found)', () => {
    spec
      .given([recorded])
      .when({
        ...amendDecision({ itemCode: '1' }),
        data: { ...amendDecision({ itemCode: '1' }).data, boardId: 'byggn' },
      })
      .thenThrows(DecisionNotFoundError, kindIs('not-found'));
  });

  it('lets a source system amend its own decisions only (forbidden)', () => {
    const by = (actingSourceSystem: string): AmendDecision => ({
      ...amendDecision({ itemCode: '3.7.3' }),
      data: { ...amendDecision({ itemCode: '3.7.3' }).data, actingSourceSystem },
    });
    spec.given([recorded]).when(by('ecos')).thenThrows(NotDecisionSourceError, kindIs('forbidden'));
    spec.given([recorded]).when(by('viva-ifo')).then([amended]);
  });
});

describe('decision decider: AnnulDecision', () => {
  it('annuls a recorded decision', () => {
    spec.given([recorded]).when(annulDecision).then([annulled]);
  });

  it('is idempotent once annulled', () => {
    spec.given([recorded, annulled]).when(annulDecision).then([]);
  });

  it('refuses to annul an unknown decision (not-found)', () => {
    spec.given([]).when(annulDecision).thenThrows(DecisionNotFoundError, kindIs('not-found'));
  });

  it('lets a source system annul its own decisions only (forbidden)', () => {
    const by = (actingSourceSystem: string): AnnulDecision => ({
      ...annulDecision,
      data: { ...annulDecision.data, actingSourceSystem },
    });
    spec.given([recorded]).when(by('ecos')).thenThrows(NotDecisionSourceError, kindIs('forbidden'));
    spec.given([recorded]).when(by('viva-ifo')).then([annulled]);
  });
});

describe('decision decider: after-reporting facts', () => {
  const subject = { gender: 'K', area: 'IFO Barn och unga' } as const;

  it('records favourable, subject and decidedBy.automated when given', () => {
    spec
      .given([])
      .when(
        recordDecision({
          favourable: true,
          subject,
          decidedBy: { name: 'Beslutsmotor', role: 'socialsekreterare', automated: true },
        }),
      )
      .then([
        {
          ...recorded,
          data: {
            ...recorded.data,
            decidedBy: {
              name: 'Beslutsmotor',
              role: 'socialsekreterare',
              id: null,
              automated: true,
            },
            favourable: true,
            subject,
          },
        },
      ]);
  });

  it('records them as before when false, null or absent, so older re-sends stay idempotent', () => {
    spec
      .given([])
      .when(
        recordDecision({
          favourable: false,
          subject: null,
          decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', automated: false },
        }),
      )
      .then([recorded]);
    spec
      .given([recorded])
      .when(recordDecision({ favourable: false }))
      .then([]);
  });

  it('refuses a re-send that now says favourable (conflict naming the field)', () => {
    spec
      .given([recorded])
      .when(recordDecision({ favourable: true }))
      .thenThrows(DecisionConflictError, (e: DecisionConflictError) =>
        e.details.includes('favourable'),
      );
  });

  it('amends favourable and subject like any recordable field', () => {
    spec
      .given([recorded])
      .when(amendDecision({ favourable: true, subject }))
      .then([{ ...amended, data: { ...amended.data, changes: { favourable: true, subject } } }]);
  });
});
