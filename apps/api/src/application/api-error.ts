import { HttpException } from '@nestjs/common';
import { DomainError } from '@delegationsbeslut/domain';
import {
  EventStoreUnavailableError,
  WrongExpectedRevisionError,
} from '@delegationsbeslut/event-store';
import { ReadSideLaggingError } from './stream-commands.service';

const STATUS_BY_KIND = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  rule: 422,
} as const;
const ERROR_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ApiError {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details: readonly unknown[];
  readonly code?: string;
}

/**
 * Every error the API answers, in the one shape of api.md; domain errors
 * mapped here and nowhere else. The HTTP door answers with it, and a batch
 * reports each rejected item with it, whichever door the batch came through.
 */
export function toApiError(exception: unknown): ApiError {
  if (exception instanceof DomainError) {
    const statusCode = STATUS_BY_KIND[exception.kind];
    return {
      statusCode,
      error: ERROR_NAMES[statusCode],
      message: exception.message,
      details: exception.details,
      code: exception.code,
    };
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return {
      statusCode: 409,
      error: ERROR_NAMES[409],
      message: 'changed concurrently, try again',
      details: [],
      code: 'CONCURRENT_CHANGE',
    };
  }
  if (exception instanceof ReadSideLaggingError) {
    return {
      statusCode: 503,
      error: ERROR_NAMES[503],
      message: exception.message,
      details: [],
      code: 'STORED_NOT_VISIBLE_YET',
    };
  }
  if (exception instanceof EventStoreUnavailableError) {
    return {
      statusCode: 503,
      error: ERROR_NAMES[503],
      message: 'the event store is unavailable, try again',
      details: [],
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : String((body as { message?: unknown }).message ?? exception.message);
    const details =
      typeof body === 'object' && Array.isArray((body as { details?: unknown }).details)
        ? (body as { details: unknown[] }).details
        : [];
    return { statusCode, error: ERROR_NAMES[statusCode] ?? exception.name, message, details };
  }
  // errors of express's body parser reach us with their own status
  const parser = exception as { type?: string; status?: number; message?: string };
  if (parser?.type === 'entity.too.large') {
    return {
      statusCode: 413,
      error: ERROR_NAMES[413],
      message: 'the request body is too large',
      details: [],
    };
  }
  if (
    parser?.type === 'entity.parse.failed' ||
    parser?.type === 'encoding.unsupported' ||
    parser?.type === 'charset.unsupported'
  ) {
    return {
      statusCode: 400,
      error: ERROR_NAMES[400],
      message: `the body is not valid JSON: ${parser.message}`,
      details: [],
    };
  }
  if (typeof parser?.status === 'number' && parser.status >= 400 && parser.status < 500) {
    return {
      statusCode: parser.status,
      error: ERROR_NAMES[parser.status] ?? 'Error',
      message: String(parser.message),
      details: [],
    };
  }
  return { statusCode: 500, error: ERROR_NAMES[500], message: 'internal error', details: [] };
}
