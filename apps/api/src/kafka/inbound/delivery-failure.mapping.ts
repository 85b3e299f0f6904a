import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@delegationsbeslut/domain';

/**
 * What a failed message is: `permanent` can never succeed however often it is
 * retried (it goes to the DLQ); `passing` may succeed later (it is retried,
 * never dead-lettered, never skipped).
 */
export type DeliveryFailure =
  | { readonly kind: 'permanent'; readonly code: string; readonly message: string }
  | { readonly kind: 'passing'; readonly message: string };

/** 408 and 429 are the 4xx that say "later", not "never". */
const PASSING_CLIENT_STATUSES: ReadonlySet<number> = new Set([408, 429]);

/**
 * The one place the consumer maps errors to DLQ reasons. It does not reuse the
 * HTTP filter's mapping on purpose: a WrongExpectedRevisionError that outlived
 * the command's own retries is a 409 to an HTTP client, who may try again,
 * but for a message it is a passing race, and a DLQ entry would lose it.
 * Anything not known to be permanent (the store unavailable, a bug) is passing:
 * retrying a message that cannot succeed stalls one partition and shows in
 * /health, while dead-lettering one that could have succeeded loses a decision.
 */
export function classifyFailure(error: unknown): DeliveryFailure {
  if (error instanceof DomainError)
    return { kind: 'permanent', code: error.code, message: error.message };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 400 && status < 500 && !PASSING_CLIENT_STATUSES.has(status)) {
      return {
        kind: 'permanent',
        code: HttpStatus[status] ?? `HTTP_${status}`,
        message: error.message,
      };
    }
  }
  return {
    kind: 'passing',
    message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}
