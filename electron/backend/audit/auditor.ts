// What a write is about, worked out from the method and its input, for every write method: the record
// of a create/update/delete is read before and after through its own `.get`; any other write records
// its answer. Passwords and tokens never reach the log.
import type { MethodName } from '../../../shared/api/contract.ts';
import { isMethodName } from '../../../shared/api/contract.ts';
import { StoreError } from '../errors.ts';
import type { CallInfo } from '../handlers/handler.ts';
import { handlers } from '../handlers/index.ts';
import type { Ctx } from '../services/context.ts';
import type { AuditEntry } from './record.ts';

const idOf = (v: unknown): string | null =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : null;

async function read(ctx: Ctx, method: string, input: unknown, call: CallInfo): Promise<unknown> {
  if (!isMethodName(method)) return null;
  try {
    return await (handlers[method as MethodName] as unknown as (c: Ctx, i: unknown, k: CallInfo) => unknown)(ctx, input, call);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export interface PendingAudit {
  finish(output: unknown): Promise<AuditEntry>;
}

export async function startAudit(ctx: Ctx, method: string, input: unknown, call: CallInfo): Promise<PendingAudit> {
  const [section = method, action = ''] = method.split('.');
  const inputId = idOf(input);
  const getter = `${section}.get`;
  if (['create', 'update', 'delete'].includes(action) && inputId && isMethodName(getter)) {
    const before = await read(ctx, getter, { id: inputId }, call);
    return {
      async finish(output) {
        const after = action === 'delete' ? null : ((await read(ctx, getter, { id: inputId }, call)) ?? output);
        return { method, kind: section, recordId: inputId, before, after };
      },
    };
  }
  if (method === 'institution.update') {
    const before = await read(ctx, 'institution.get', {}, call);
    return { finish: async (output) => ({ method, kind: 'institution', recordId: null, before, after: output }) };
  }
  if (section === 'users') {
    const before = inputId ? await read(ctx, 'users.list', {}, call).then((l) => (l as { rows: { id: string }[] }).rows.find((u) => u.id === inputId) ?? null) : null;
    return { finish: async (output) => ({ method, kind: 'users', recordId: inputId ?? idOf(output), before, after: action === 'delete' ? null : output }) };
  }
  if (section === 'auth') {
    return {
      async finish(output) {
        const user = (output as { user?: { id: string; username: string } } | null)?.user;
        const after = action === 'changePassword' ? { passwordChanged: true } : action === 'updateSettings' ? output : user ? { username: user.username } : null;
        return { method, kind: 'auth', recordId: user?.id ?? call.actor.userId, before: null, after };
      },
    };
  }
  return { finish: async (output) => ({ method, kind: section, recordId: inputId ?? idOf(output), before: null, after: output }) };
}

