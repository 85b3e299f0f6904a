import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type CommandMeta, commandMeta } from '../application/command-meta';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import type { Principal } from '../auth/principal';

/** The authenticated caller (set by AuthGuard). */
export const Caller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal,
);

/** Event metadata for a request: the caller is the actor; X-Request-Id, if sent, correlates. */
export const Meta = createParamDecorator((_: unknown, context: ExecutionContext): CommandMeta => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const requestId = request.headers['x-request-id'];
  return commandMeta(
    request.principal.name,
    typeof requestId === 'string' && requestId.length <= 200 ? requestId : randomUUID(),
  );
});
