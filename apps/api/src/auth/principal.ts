import type { Role } from '../config/app-config';

/** Who is calling: one configured API token. */
export interface Principal {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly boards: readonly string[];
}

export function mayUseBoard(principal: Principal, boardId: string): boolean {
  return (
    principal.roles.includes('admin') ||
    principal.boards.includes('*') ||
    principal.boards.includes(boardId)
  );
}

export function hasRole(principal: Principal, allowed: readonly Role[]): boolean {
  return (
    principal.roles.includes('admin') || principal.roles.some((role) => allowed.includes(role))
  );
}

/**
 * Confidential decisions (sekretess) show caseRef and summary only to tokens
 * that name the board itself: a `*` token (city-wide audit, operations) sees
 * that a confidential decision exists, not what it is about.
 */
export function maySeeConfidential(principal: Principal, boardId: string): boolean {
  return principal.boards.includes(boardId);
}

/** The boards a principal may read, or undefined for all of them. */
export function readableBoards(principal: Principal): readonly string[] | undefined {
  return principal.roles.includes('admin') || principal.boards.includes('*')
    ? undefined
    : principal.boards;
}
