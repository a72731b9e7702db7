// Who may call what. Enforced by the backend on every call; the renderer uses the same rules only to
// hide what a user cannot do.
import { contract, isMethodName } from './contract.ts';

import type { Role } from '../domain/roles.ts';

export { ROLE_LABELS, ROLES, type Role } from '../domain/roles.ts';

/** Callable without signing in: what the login, first-run and recovery screens need. */
export const PUBLIC_METHODS: ReadonlySet<string> = new Set(['auth.status', 'auth.setup', 'auth.login', 'auth.logout', 'recovery.status']);
/** Every signed-in user, whatever the role: their own account and the lock settings. */
const OWN_ACCOUNT: ReadonlySet<string> = new Set(['auth.changePassword', 'auth.settings']);
/** Accounts, the audit log, restoring, erasing a person's data and the lock policy: administrators only. */
const isAdminOnly = (method: string): boolean =>
  method.startsWith('users.') ||
  method.startsWith('audit.') ||
  method === 'backup.restore' ||
  method.startsWith('recovery.') ||
  method === 'auth.updateSettings' ||
  method === 'personalData.erase';

/** Methods that produce an export or a report: evaluators may call them even when they are marked as writes. */
export const isExportMethod = (method: string): boolean => /(^|\.)(export|report)/i.test(method) || method.startsWith('reports.');

export function canCall(role: Role, method: string): boolean {
  if (!isMethodName(method)) return false;
  if (PUBLIC_METHODS.has(method) || OWN_ACCOUNT.has(method)) return true;
  if (isAdminOnly(method)) return role === 'admin';
  if (role === 'evaluator') return !contract[method].writes || isExportMethod(method);
  return true;
}
