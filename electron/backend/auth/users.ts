// Accounts: created by an administrator (the first one at first run), never without a password hash.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/domain/roles.ts';
import { StoreError } from '../errors.ts';
import type { Ctx } from '../services/context.ts';
import { hashPassword, verifyPassword } from './password.ts';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  active: number;
  created_at: string;
  password_hash: string;
}
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

/** Never includes the password hash: this is what answers and audit entries carry. */
export const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
});

const row = (ctx: Ctx, where: string, value: string): UserRow | undefined =>
  ctx.sqlite.prepare(`SELECT * FROM users WHERE ${where} = ?`).get(value) as UserRow | undefined;

export const hasUsers = (ctx: Ctx): boolean => ctx.sqlite.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;

export function listUsers(ctx: Ctx): User[] {
  return (ctx.sqlite.prepare('SELECT * FROM users ORDER BY created_at, username').all() as UserRow[]).map(toUser);
}

export function getUser(ctx: Ctx, id: string): User {
  const r = row(ctx, 'id', id);
  if (!r) throw new StoreError('NOT_FOUND', `用户“${id}”不存在`);
  return toUser(r);
}

export async function createUser(ctx: Ctx, u: { username: string; displayName: string; role: Role; password: string }): Promise<User> {
  if (row(ctx, 'username', u.username))
    throw new StoreError('CONFLICT', `用户名“${u.username}”已被使用`, [{ path: 'username', message: '用户名已被使用' }]);
  const id = randomUUID();
  const now = new Date().toISOString();
  ctx.sqlite
    .prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    )
    .run(id, u.username, u.displayName, u.role, await hashPassword(u.password), now, now);
  return getUser(ctx, id);
}

/** Checks a username and password; the same answer for an unknown user and a wrong password. */
export async function authenticate(ctx: Ctx, username: string, password: string): Promise<User> {
  const r = row(ctx, 'username', username);
  const ok = r ? await verifyPassword(password, r.password_hash) : false;
  if (!r || !ok) throw new StoreError('UNAUTHENTICATED', '用户名或密码错误');
  if (r.active !== 1) throw new StoreError('FORBIDDEN', '该账号已停用，请联系管理员');
  return toUser(r);
}

const activeAdmins = (ctx: Ctx, except: string): number =>
  ctx.sqlite.prepare(`SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?`).pluck().get(except) as number;

export async function updateUser(
  ctx: Ctx,
  u: { id: string; displayName?: string | undefined; role?: Role | undefined; active?: boolean | undefined; password?: string | undefined },
): Promise<User> {
  const current = getUser(ctx, u.id);
  const demoted = current.role === 'admin' && current.active && ((u.role && u.role !== 'admin') || u.active === false);
  if (demoted && activeAdmins(ctx, u.id) === 0) throw new StoreError('CONFLICT', '至少要保留一名启用的管理员');
  ctx.sqlite
    .prepare('UPDATE users SET display_name = ?, role = ?, active = ? WHERE id = ?')
    .run(u.displayName ?? current.displayName, u.role ?? current.role, (u.active ?? current.active) ? 1 : 0, u.id);
  if (u.password !== undefined) await setPassword(ctx, u.id, u.password);
  // a changed role, a disabled account or a reset password takes effect at once: sign the user out
  if (u.role !== undefined || u.active === false || u.password !== undefined) ctx.sqlite.prepare('DELETE FROM auth_sessions WHERE user_id = ?').run(u.id);
  return getUser(ctx, u.id);
}

export function deleteUser(ctx: Ctx, id: string, actorId: string | null): { id: string; deleted: true } {
  const current = getUser(ctx, id);
  if (id === actorId) throw new StoreError('CONFLICT', '不能删除当前登录的账号');
  if (current.role === 'admin' && current.active && activeAdmins(ctx, id) === 0) throw new StoreError('CONFLICT', '至少要保留一名启用的管理员');
  ctx.sqlite.prepare('DELETE FROM users WHERE id = ?').run(id);
  return { id, deleted: true };
}

export async function setPassword(ctx: Ctx, id: string, password: string): Promise<void> {
  ctx.sqlite.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(await hashPassword(password), new Date().toISOString(), id);
}

export async function changeOwnPassword(ctx: Ctx, id: string, current: string, next: string): Promise<void> {
  const r = row(ctx, 'id', id);
  if (!r || !(await verifyPassword(current, r.password_hash)))
    throw new StoreError('VALIDATION', '当前密码不正确', [{ path: 'currentPassword', message: '当前密码不正确' }]);
  await setPassword(ctx, id, next);
}
