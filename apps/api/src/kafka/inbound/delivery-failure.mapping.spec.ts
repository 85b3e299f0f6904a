import { ForbiddenException, ServiceUnavailableException } from '@nestjs/common';
import { BoardNotFoundError, DecisionAnnulledError } from '@delegationsbeslut/domain';
import {
  EventStoreUnavailableError,
  WrongExpectedRevisionError,
} from '@delegationsbeslut/event-store';
import { classifyFailure } from './delivery-failure.mapping';

describe('what a failed message is', () => {
  it.each([
    ['an unknown board', new BoardNotFoundError('x'), 'BOARD_NOT_FOUND'],
    ['a rule of the domain', new DecisionAnnulledError('d'), 'DECISION_ANNULLED'],
    ['another source system’s decision', new ForbiddenException('not yours'), 'FORBIDDEN'],
  ])('given %s, then it can never succeed (DLQ, code %s)', (_, error, code) => {
    expect(classifyFailure(error)).toMatchObject({ kind: 'permanent', code });
  });

  it.each([
    ['the event store unavailable', new EventStoreUnavailableError('down')],
    ['a concurrent writer that won every retry', new WrongExpectedRevisionError('s', 1, 2)],
    ['a 503', new ServiceUnavailableException()],
    ['an unexpected error', new TypeError('x is undefined')],
  ])('given %s, then it is passing (retried, never dead-lettered)', (_, error) => {
    expect(classifyFailure(error).kind).toBe('passing');
  });
});
