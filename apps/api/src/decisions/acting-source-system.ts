import type { Principal } from '../auth/principal';

/**
 * A source system changes only its own decisions; board admins and admins
 * any of the board's. The decider enforces it from this.
 */
export function actingSourceSystemOf(caller: Principal): string | undefined {
  return caller.roles.includes('source-system') &&
    !caller.roles.some((r) => r === 'admin' || r === 'board-admin')
    ? caller.name
    : undefined;
}
