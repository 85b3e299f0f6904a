import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ApiTokenConfig, Role } from '../config/app-config';
import { API_TOKENS } from './api-tokens';
import { hasRole, mayUseBoard, type Principal } from './principal';

const ROLES_KEY = 'roles';
const PUBLIC_KEY = 'public';

/** The roles that may call a route (admin may always). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export type AuthenticatedRequest = Request & { principal: Principal };

/**
 * 401 without a known bearer token; 403 when the route's roles or the
 * route's board are not the token's. Routes without @Roles are closed to all
 * but admin, so a forgotten decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_TOKENS) private readonly tokens: Map<string, ApiTokenConfig>,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // the scheme name is case-insensitive (RFC 9110 § 11.1)
    const match = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '');
    const token = match ? this.tokens.get(match[1]) : undefined;
    if (!token)
      throw new UnauthorizedException('a valid "Authorization: Bearer <token>" header is required');
    const principal: Principal = { name: token.name, roles: token.roles, boards: token.boards };
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!hasRole(principal, roles)) {
      throw new ForbiddenException(`this needs one of the roles ${['admin', ...roles].join(', ')}`);
    }
    const boardId = request.params?.boardId;
    if (typeof boardId === 'string' && !mayUseBoard(principal, boardId)) {
      throw new ForbiddenException(`this token is not allowed for board ${boardId}`);
    }
    request.principal = principal;
    return true;
  }
}
