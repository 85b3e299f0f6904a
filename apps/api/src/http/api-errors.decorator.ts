import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorDto } from './api-responses.dto';

/** The error answers every /api/v1 route can give, in the one error shape. */
export const ApiErrors = (): ClassDecorator & MethodDecorator =>
  applyDecorators(
    ApiResponse({
      status: 400,
      type: ApiErrorDto,
      description: 'malformed or invalid input; nothing changed',
    }),
    ApiResponse({ status: 401, type: ApiErrorDto, description: 'no or unknown token' }),
    ApiResponse({
      status: 403,
      type: ApiErrorDto,
      description: 'the role or the board is not allowed',
    }),
    ApiResponse({ status: 404, type: ApiErrorDto, description: 'unknown resource' }),
    ApiResponse({ status: 409, type: ApiErrorDto, description: 'conflicts with what is stored' }),
    ApiResponse({ status: 413, type: ApiErrorDto, description: 'body too large' }),
    ApiResponse({
      status: 422,
      type: ApiErrorDto,
      description: 'a domain rule refuses the command',
    }),
    ApiResponse({
      status: 503,
      type: ApiErrorDto,
      description:
        'the event store is unavailable, or the write is stored but not yet readable (repeat it)',
    }),
  );
