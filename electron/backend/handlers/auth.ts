// Handlers of sign-in and accounts. The caller (a signed-in user or the local system) comes with each call.
import type { authMethods } from '../../../shared/api/methods/auth.ts';
import { createSession, endSession, idleMinutes } from '../auth/sessions.ts';
import * as users from '../auth/users.ts';
import { StoreError } from '../errors.ts';
import type { HandlerMap } from './handler.ts';

export const authHandlers: HandlerMap<typeof authMethods> = {
  'auth.status': (ctx, _input, { actor }) => ({
    hasUsers: users.hasUsers(ctx),
    user: actor.userId ? users.getUser(ctx, actor.userId) : null,
    system: actor.role === 'system',
    idleMinutes: idleMinutes(ctx),
  }),
  'auth.setup': async (ctx, input) => {
    if (users.hasUsers(ctx)) throw new StoreError('FORBIDDEN', '管理员账号已经建立；请用已有账号登录');
    const user = await users.createUser(ctx, { ...input, role: 'admin' });
    return { token: createSession(ctx, user.id), user, idleMinutes: idleMinutes(ctx) };
  },
  'auth.login': async (ctx, { username, password }) => {
    const user = await users.authenticate(ctx, username, password);
    return { token: createSession(ctx, user.id), user, idleMinutes: idleMinutes(ctx) };
  },
  'auth.logout': (ctx, _input, { token }) => {
    if (token) endSession(ctx, token);
    return { loggedOut: token !== undefined };
  },
  'auth.changePassword': async (ctx, { currentPassword, newPassword }, { actor }) => {
    if (!actor.userId) throw new StoreError('VALIDATION', '请先登录再修改密码');
    await users.changeOwnPassword(ctx, actor.userId, currentPassword, newPassword);
    return { changed: true as const };
  },
  'auth.settings': (ctx) => ({ idleMinutes: idleMinutes(ctx) }),
  'auth.updateSettings': (ctx, { idleMinutes: minutes }) => {
    ctx.sqlite.prepare('UPDATE auth_settings SET idle_minutes = ? WHERE id = 1').run(minutes);
    return { idleMinutes: minutes };
  },
  'users.list': (ctx) => {
    const rows = users.listUsers(ctx);
    return { rows, total: rows.length };
  },
  'users.create': (ctx, input) => users.createUser(ctx, input),
  'users.update': (ctx, input) => users.updateUser(ctx, input),
  'users.delete': (ctx, { id }, { actor }) => users.deleteUser(ctx, id, actor.userId),
};
