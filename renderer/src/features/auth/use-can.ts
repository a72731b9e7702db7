import { canCall } from '../../../../shared/api/access.ts';
import type { MethodName } from '../../../../shared/api/contract.ts';
import { useSession } from './session.ts';

/**
 * Whether the signed-in user's role may call a method: screens hide what the role cannot do (the
 * backend refuses it anyway).
 */
export function useCan(method: MethodName): boolean {
  const session = useSession();
  return !!session && canCall(session.user.role, method);
}
