// Rules about accounts the screens show before the backend enforces them.
import type { Role } from '../roles.ts';

interface Account {
  id: string;
  role: Role;
  active: boolean;
}

/** Whether this account is the only enabled administrator: it may not be demoted, disabled or deleted. */
export function isLastAdmin(users: readonly Account[], id: string): boolean {
  const admins = users.filter((u) => u.role === 'admin' && u.active);
  return admins.length === 1 && admins[0]!.id === id;
}
