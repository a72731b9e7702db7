// Who is calling: a signed-in user, or the local system (in-process calls: the CLI, tests, start-up work).
import type { Role } from '../../../shared/domain/roles.ts';

export interface Actor {
  userId: string | null;
  username: string;
  displayName: string;
  role: Role | 'system' | 'anonymous';
  /** The session the call came with (transports only). */
  tokenHash?: string;
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', displayName: '本机系统', role: 'system' };
/** A transport's caller without a valid session: may only reach the sign-in methods. */
export const ANONYMOUS: Actor = { userId: null, username: 'anonymous', displayName: '未登录', role: 'anonymous' };

/** What a transport passes with each call: the caller's session token, if any. */
export interface Caller {
  token?: string | undefined;
  /** Where the call comes from (a window, a network address): failed sign-ins are counted per client too. */
  client?: string | undefined;
}
