// The audit log: one entry per write (who, when, which method and record, the values before and after),
// written inside the write's own transaction so the two commit or fail together.
import type { Ctx } from '../services/context.ts';
import type { Actor } from '../auth/actor.ts';

export interface AuditEntry {
  method: string;
  kind: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
}

/** Entries keep at most this much of a value; larger ones are cut with a note. */
const MAX_JSON = 64 * 1024;

function json(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  } catch {
    return JSON.stringify({ note: '值无法记录（嵌套过深）' });
  }
  return text.length > MAX_JSON ? JSON.stringify({ note: `值过大（${text.length} 字符），仅记录开头`, preview: text.slice(0, 2000) }) : text;
}

/** The trainee an entry is about, so their entries can be exported or stripped with them. */
function subjectTrainee(e: AuditEntry): string | null {
  if (e.kind === 'trainees') return e.recordId;
  if (e.kind === 'trainingRecords') {
    const of = (v: unknown) => (v && typeof v === 'object' && typeof (v as { trainee?: unknown }).trainee === 'string' ? (v as { trainee: string }).trainee : null);
    return of(e.after) ?? of(e.before);
  }
  return null;
}

export function writeAudit(ctx: Ctx, actor: Actor, e: AuditEntry, at = new Date()): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO audit_log (at, user_id, username, method, kind, record_id, subject_trainee, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(at.toISOString(), actor.userId, actor.username, e.method, e.kind, e.recordId, subjectTrainee(e), json(e.before), json(e.after));
}
