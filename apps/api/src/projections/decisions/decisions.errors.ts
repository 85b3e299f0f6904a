import { DomainError } from '@delegationsbeslut/domain';

/** A `cursor` this API did not give out: a 400 like any other invalid input. */
export class InvalidCursorError extends DomainError {
  constructor() {
    super('invalid', 'INVALID_CURSOR', 'cursor is not one this API gave out', ['cursor']);
  }
}
