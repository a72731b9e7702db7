// Accounts and sign-in: first-run set-up of the administrator, login/logout, one's own password, the
// idle-lock policy, and (administrators) the user list.
import { z } from 'zod';
import { ROLES } from '../../domain/roles.ts';
import { command, query } from '../method.ts';

const username = z
  .string()
  .trim()
  .min(1, '请输入用户名')
  .max(50, '用户名最多 50 字')
  .refine((s) => !/\s/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32), '用户名不能含空格或控制字符');
const displayName = z.string().trim().min(1, '请输入姓名').max(100, '姓名最多 100 字').refine((s) => !s.includes('\u0000'), '不能含有空字符');
const newPassword = z.string().min(8, '密码至少 8 位').max(200, '密码最多 200 位');
const password = z.string().min(1, '请输入密码').max(200, '密码最多 200 位');
const role = z.enum(ROLES);

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  active: z.boolean(),
  createdAt: z.string(),
});
const signedIn = z.object({
  /** Handed to in-process callers; transports keep it (cookie, main process) and strip it. */
  token: z.string().optional(),
  user: userSchema,
  idleMinutes: z.number(),
});

export const authMethods = {
  'auth.status': query(
    z.object({}),
    z.object({ hasUsers: z.boolean(), user: userSchema.nullable(), system: z.boolean(), idleMinutes: z.number() }),
  ),
  'auth.setup': command(z.object({ username, displayName, password: newPassword }), signedIn),
  'auth.login': command(z.object({ username: z.string().trim().min(1, '请输入用户名').max(50), password }), signedIn),
  'auth.logout': command(z.object({}), z.object({ loggedOut: z.boolean() })),
  'auth.changePassword': command(z.object({ currentPassword: password, newPassword }), z.object({ changed: z.literal(true) })),
  'auth.settings': query(z.object({}), z.object({ idleMinutes: z.number() })),
  'auth.updateSettings': command(
    z.object({ idleMinutes: z.number().int('应为整数分钟').min(1, '至少 1 分钟').max(1440, '最多 1440 分钟（24 小时）') }),
    z.object({ idleMinutes: z.number() }),
  ),
  'users.list': query(z.object({}), z.object({ rows: z.array(userSchema), total: z.number() })),
  'users.create': command(z.object({ username, displayName, role, password: newPassword }), userSchema),
  'users.update': command(
    z.object({
      id: z.string().min(1).max(100),
      displayName: displayName.optional(),
      role: role.optional(),
      active: z.boolean().optional(),
      password: newPassword.optional(),
    }),
    userSchema,
  ),
  'users.delete': command(z.object({ id: z.string().min(1).max(100) }), z.object({ id: z.string(), deleted: z.literal(true) })),
};
