import {
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import type { Role } from '../../config/app-config';
import { hasRole, mayUseBoard } from '../../auth/principal';
import { UI_ROLES, UiSessions } from './ui-session.service';
import type { UiUser } from './ui-user';

const UI_PUBLIC = 'ui-public';
const UI_ROLES_KEY = 'ui-roles';

/** A page anyone may see (sign-in, the 403 page). */
export const UiPublic = (): MethodDecorator & ClassDecorator => SetMetadata(UI_PUBLIC, true);
/** Who may use a route; without it, every role of the interface may (board-admin and auditor read). */
export const UiRoles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(UI_ROLES_KEY, roles);

/** Where the form body parser leaves an error for the guard (see ui.module.ts). */
export const UI_BODY_ERROR = Symbol('ui-body-error');

export type UiRequest = Request & { uiUser: UiUser; [UI_BODY_ERROR]?: unknown };

/** Not signed in: the filter sends the browser to the sign-in page. */
export class UiSignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('sign-in required');
  }
}

export type UiForbiddenReason = 'csrf' | 'role' | 'board' | 'source-system';

/** Refused: the filter answers the 403 page in Swedish. */
export class UiForbidden extends Error {
  constructor(readonly reason: UiForbiddenReason) {
    super(`forbidden: ${reason}`);
  }
}

/**
 * For every UI route: a POST must carry the session's CSRF token, and unless
 * the route is @UiPublic the browser must be signed in with a role the route
 * allows. A forged POST (no token, or an auditor's) is refused with 403.
 */
@Injectable()
export class UiGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: UiSessions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<UiRequest>();
    if (request[UI_BODY_ERROR] !== undefined) throw request[UI_BODY_ERROR];
    const user = this.sessions.userOf(request);
    const isPublic = this.reflector.getAllAndOverride<boolean>(UI_PUBLIC, targets) === true;
    // signed out (an expired session too): to the sign-in page, before the CSRF check
    // would answer a form sent from a page of the old session with the 403 page
    if (!isPublic && !user)
      throw new UiSignInRequired(request.method === 'GET' ? request.originalUrl : '/');
    if (
      !['GET', 'HEAD'].includes(request.method) &&
      !csrfCheckedAfterUpload(this.reflector, context) &&
      !this.sessions.csrfValid(request)
    ) {
      throw new UiForbidden('csrf');
    }
    if (user) request.uiUser = user;
    if (isPublic) return true;
    if (!user) throw new UiSignInRequired('/');
    if (!hasRole(user, [...UI_ROLES])) throw new UiForbidden('source-system');
    const roles = this.reflector.getAllAndOverride<Role[]>(UI_ROLES_KEY, targets) ?? [...UI_ROLES];
    if (!hasRole(user, roles)) throw new UiForbidden('role');
    const boardId = request.params?.boardId;
    if (typeof boardId === 'string' && !mayUseBoard(user, boardId)) throw new UiForbidden('board');
    return true;
  }
}

const UI_UPLOAD = 'ui-upload';

/**
 * A route that takes one uploaded file (multipart/form-data, kept in memory,
 * at most `maxBytes`). The form's CSRF token is a field of the multipart body,
 * which multer parses only after the guards have run: for such a route and
 * such a body, UiGuard leaves the CSRF check to UiUploadCsrfCheck, which runs
 * right after the file interceptor. The role, board and sign-in checks stay in
 * the guard, so an auditor's upload is refused before its file is read.
 */
export const UiUpload = (field: string, maxBytes: number): MethodDecorator =>
  applyDecorators(
    SetMetadata(UI_UPLOAD, true),
    UseInterceptors(
      FileInterceptor(field, {
        storage: memoryStorage(),
        limits: { fileSize: maxBytes, files: 1, fields: 50, fieldSize: 10_000 },
      }),
      UiUploadCsrfCheck,
    ),
  );

function csrfCheckedAfterUpload(reflector: Reflector, context: ExecutionContext): boolean {
  const request = context.switchToHttp().getRequest<Request>();
  return (
    reflector.get<boolean>(UI_UPLOAD, context.getHandler()) === true &&
    request.is('multipart/form-data') === 'multipart/form-data'
  );
}

/** The CSRF check of an @UiUpload route, once multer has parsed the body (and its _csrf field). */
@Injectable()
export class UiUploadCsrfCheck implements NestInterceptor {
  constructor(private readonly sessions: UiSessions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.sessions.csrfValid(context.switchToHttp().getRequest<Request>())) {
      throw new UiForbidden('csrf');
    }
    return next.handle();
  }
}
