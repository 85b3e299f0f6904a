import type { Principal } from '../../auth/principal';

/** The signed-in person: the principal of the token they signed in with. */
export type UiUser = Principal;
