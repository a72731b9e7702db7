// Reading the audit log: filters for the search screen and the export, and a trainee's own entries.
import type { z } from 'zod';
import type { auditFilter } from '../../../shared/api/methods/audit.ts';
import type { Ctx } from '../services/context.ts';
import { like } from '../services/context.ts';

export interface AuditRow {
  id: number;
  at: string;
  username: string;
  method: string;
  kind: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
}

interface Raw {
  id: number;
  at: string;
  username: string;
  method: string;
  kind: string;
  record_id: string | null;
  before: string | null;
  after: string | null;
}
const toRow = (r: Raw): AuditRow => ({
  id: r.id,
  at: r.at,
  username: r.username,
  method: r.method,
  kind: r.kind,
  recordId: r.record_id,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown),
});

export function listAudit(ctx: Ctx, f: z.output<typeof auditFilter>): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.user) add('username = ?', f.user);
  if (f.action) add(`substr(method, instr(method, '.') + 1) = ?`, f.action);
  if (f.kind) add('kind = ?', f.kind);
  if (f.recordId) add('record_id = ?', f.recordId);
  // entries carry UTC ISO times; a day filter compares them with the bounds of the caller's local day
  const dayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000 + (f.timezoneOffset ?? 0) * 60_000).toISOString();
  if (f.from) add('at >= ?', dayStart(f.from));
  if (f.to) add('at < ?', dayStart(f.to, 1));
  if (f.q) {
    where.push(`(method LIKE ? ESCAPE '\\' OR record_id LIKE ? ESCAPE '\\' OR before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\' OR username LIKE ? ESCAPE '\\')`);
    const p = like(f.q);
    params.push(p, p, p, p, p);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = ctx.sqlite.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(...params) as number;
  const rows = ctx.sqlite
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, f.limit ?? 200, f.offset ?? 0) as Raw[];
  return { rows: rows.map(toRow), total };
}

export function traineeAudit(ctx: Ctx, trainee: string): AuditRow[] {
  return (ctx.sqlite.prepare('SELECT * FROM audit_log WHERE subject_trainee = ? ORDER BY id').all(trainee) as Raw[]).map(toRow);
}
