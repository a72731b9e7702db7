// Sign-in sessions: a random token handed to the caller once; the store keeps only its hash. A session
// ends after the idle time set by the administrator, or after 12 hours whatever happens.
import { createHash, randomBytes } from 'node:crypto';
import { StoreError } from '../errors.ts';
import type { Ctx } from '../services/context.ts';
import type { Actor } from './actor.ts';
import type { Role } from '../../../shared/domain/roles.ts';

const MAX_SESSION_MS = 12 * 3600_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_MS = 30_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function idleMinutes(ctx: Ctx): number {
  return ctx.sqlite.prepare('SELECT idle_minutes FROM auth_settings WHERE id = 1').pluck().get() as number;
}

export function createSession(ctx: Ctx, userId: string, now = new Date()): string {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  ctx.sqlite.prepare('INSERT INTO auth_sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(hashToken(token), userId, at, at);
  return token;
}

export function endSession(ctx: Ctx, token: string): void {
  ctx.sqlite.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(hashToken(token));
}

const EXPIRED = () => new StoreError('UNAUTHENTICATED', '登录已过期或已退出，请重新登录');

/** The signed-in user of a token; refuses a missing, unknown or expired session. */
export function resolveSession(ctx: Ctx, token: string | undefined, now = new Date()): Actor {
  if (!token || typeof token !== 'string' || token.length > 200) throw new StoreError('UNAUTHENTICATED', '请先登录');
  const tokenHash = hashToken(token);
  const row = ctx.sqlite
    .prepare(
      `SELECT s.created_at, s.last_seen_at, u.id, u.username, u.display_name, u.role, u.active
       FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    )
    .get(tokenHash) as
    | { created_at: string; last_seen_at: string; id: string; username: string; display_name: string; role: Role; active: number }
    | undefined;
  if (!row) throw EXPIRED();
  const idleMs = idleMinutes(ctx) * 60_000;
  const t = now.getTime();
  if (row.active !== 1 || t - Date.parse(row.last_seen_at) > idleMs || t - Date.parse(row.created_at) > MAX_SESSION_MS) {
    ctx.sqlite.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(tokenHash);
    throw EXPIRED();
  }
  if (t - Date.parse(row.last_seen_at) > TOUCH_MS)
    ctx.sqlite.prepare('UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.toISOString(), tokenHash);
  return { userId: row.id, username: row.username, displayName: row.display_name, role: row.role, tokenHash };
}
