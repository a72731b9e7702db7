import { createContext, useContext } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';

export type SignedIn = MethodOutput<'auth.login'>;
export type SessionUser = SignedIn['user'];

export interface Session {
  user: SessionUser;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user (inside the AuthGate). */
export function useSession(): Session | null {
  return useContext(SessionContext);
}
