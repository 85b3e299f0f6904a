import { deciderSpecification } from '../shared/decider-specification';
import {
  DecisionNotFoundError,
  EnforcementOrderError,
  InvalidCalendarDateError,
} from '../shared/domain-errors';
import type { RecordEnforcement } from './enforcement.commands';
import { enforcementDecider } from './enforcement.decider';
import type { EnforcementEvent, EnforcementStep } from './enforcement.events';

const ids = { boardId: 'ifon', decisionId: 'd-1' };
const decision = { decidedAt: '2023-01-10' };
const record = (event: EnforcementStep, on: string): RecordEnforcement => ({
  type: 'RecordEnforcement',
  data: { ...ids, event, on },
});
const enforced = (on: string): EnforcementEvent => ({
  type: 'DecisionEnforced',
  data: { ...ids, on },
});
const interrupted = (on: string): EnforcementEvent => ({
  type: 'EnforcementInterrupted',
  data: { ...ids, on },
});
const resumed = (on: string): EnforcementEvent => ({
  type: 'EnforcementResumed',
  data: { ...ids, on },
});
const spec = deciderSpecification(enforcementDecider);
const isOrder = (e: EnforcementOrderError) => e.kind === 'rule' && e.code === 'ENFORCEMENT_ORDER';

describe('enforcement decider: RecordEnforcement', () => {
  it('given nothing, when enforced, then DecisionEnforced', () => {
    spec
      .given([])
      .when(record('enforced', '2023-02-01'), decision)
      .then([enforced('2023-02-01')]);
  });

  it('given enforced, when interrupted and then resumed, then both are recorded', () => {
    spec
      .given([enforced('2023-02-01')])
      .when(record('interrupted', '2023-05-01'), decision)
      .then([interrupted('2023-05-01')]);
    spec
      .given([enforced('2023-02-01'), interrupted('2023-05-01')])
      .when(record('resumed', '2023-06-01'), decision)
      .then([resumed('2023-06-01')]);
  });

  it('given resumed, when interrupted again, then it is recorded', () => {
    spec
      .given([enforced('2023-02-01'), interrupted('2023-05-01'), resumed('2023-06-01')])
      .when(record('interrupted', '2023-09-01'), decision)
      .then([interrupted('2023-09-01')]);
  });

  it('given the same step on the same day, when sent again, then nothing (idempotent)', () => {
    spec
      .given([enforced('2023-02-01')])
      .when(record('enforced', '2023-02-01'), decision)
      .then([]);
    spec
      .given([enforced('2023-02-01'), interrupted('2023-05-01')])
      .when(record('interrupted', '2023-05-01'), decision)
      .then([]);
  });

  it.each([
    ['resumed before any interruption', [], record('resumed', '2023-02-01')],
    ['interrupted before enforced', [], record('interrupted', '2023-02-01')],
    ['resumed while enforced', [enforced('2023-02-01')], record('resumed', '2023-03-01')],
    [
      'enforced twice on different days',
      [enforced('2023-02-01')],
      record('enforced', '2023-03-01'),
    ],
    [
      'enforced while interrupted',
      [enforced('2023-02-01'), interrupted('2023-03-01')],
      record('enforced', '2023-04-01'),
    ],
    [
      'resumed before the interruption',
      [enforced('2023-02-01'), interrupted('2023-03-01')],
      record('resumed', '2023-02-15'),
    ],
    ['before the decision', [], record('enforced', '2023-01-09')],
  ])('given an impossible order (%s), then it is refused (422)', (_why, past, command) => {
    spec.given(past).when(command, decision).thenThrows(EnforcementOrderError, isOrder);
  });

  it('given no such decision, then it is not found; a bad date is invalid', () => {
    spec
      .given([])
      .when(record('enforced', '2023-02-01'), undefined)
      .thenThrows(DecisionNotFoundError);
    spec
      .given([])
      .when(record('enforced', '2023-02-30'), decision)
      .thenThrows(InvalidCalendarDateError);
  });
});
