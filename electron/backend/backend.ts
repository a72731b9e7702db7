// The backend behind every transport (Electron IPC, browser mode's HTTP, the CLI): validates each
// call's input against the contract, runs its handler, and answers an ApiResult with a Chinese message.
// Every write call runs alone inside one transaction, so a failure leaves the store exactly as it was;
// an import is preceded by a backup, and the first start of each day takes the daily backup.
import { z } from 'zod';
import { canCall, PUBLIC_METHODS, ROLE_LABELS } from '../../shared/api/access.ts';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { startAudit } from './audit/auditor.ts';
import { writeAudit } from './audit/record.ts';
import { ANONYMOUS, SYSTEM_ACTOR, type Actor, type Caller } from './auth/actor.ts';
import { createLoginThrottle } from './auth/login-throttle.ts';
import { resolveSession } from './auth/sessions.ts';
import { StoreError } from './errors.ts';
import type { CallInfo, Handler } from './handlers/handler.ts';
import { handlers } from './handlers/index.ts';
import { createCallLock } from './lock.ts';
import { stopReportJobs } from './reports/jobs/registry.ts';
import { waitText } from '../../shared/domain/login-throttle.ts';
import { backupDatabase, dailyBackupDue, type BackupReason } from './store/backup.ts';
import { openStore, type OpenOptions, type Store } from './store/connection.ts';
import { failureKind, StoreOpenError } from './recovery/diagnose.ts';

export interface Backend {
  store: Store;
  /**
   * Without a caller, an in-process call acts as the local system (CLI, tests). Transports always pass
   * a caller with the session token they hold; without a valid one only the sign-in methods answer.
   */
  call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
  /** Whether the caller may call the method (for transports that answer some methods themselves). */
  authorize(method: string, caller: Caller): Promise<ApiResult<null>>;
  /** The store's file (transports that stream from a connection of their own need it). */
  openStorePath(): string | null;
  /** Typed in-process call that throws on error: for the CLI and tests. */
  invoke<M extends MethodName>(method: M, input: z.input<(typeof contract)[M]['input']>): Promise<MethodOutput<M>>;
  /** Resolves when the start-up work (the daily backup) is done. */
  ready: Promise<void>;
  close(): Promise<void>;
}

function issuePath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

export function toResult(error: unknown): ApiResult<never> {
  if (error instanceof StoreError) return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
    const message = `输入有误：${issues.map((i) => (i.path ? `${i.path}：${i.message}` : i.message)).join('；')}`;
    return { ok: false, error: { code: 'VALIDATION', message, issues } };
  }
  const sqliteCode = (error as { code?: string }).code ?? '';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT'))
    return { ok: false, error: { code: 'CONFLICT', message: `数据不符合约束，未保存：${(error as Error).message}` } };
  console.error(error);
  return { ok: false, error: { code: 'INTERNAL', message: `内部错误：${(error as Error).message ?? String(error)}` } };
}

/** Methods that replace or copy the whole store: they manage their own consistency, outside a transaction. */
const OUTSIDE_TRANSACTION: ReadonlySet<string> = new Set(['backup.create', 'backup.restore']);

/** Any import method (exchange documents, spreadsheets, ...) is preceded by a backup. */
export const isImportMethod = (method: string): boolean => /(^|\.)import/i.test(method);

/** Runs fn after taking a backup of the store, for changes a user may want to undo wholesale. */
export async function withBackup<T>(store: Store, reason: BackupReason, fn: () => Promise<T> | T): Promise<T> {
  if (store.path !== ':memory:') await backupDatabase(store.sqlite, store.path, reason);
  return fn();
}

async function inTransaction<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  store.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const value = await fn();
    store.sqlite.exec('COMMIT');
    return value;
  } catch (error) {
    if (store.sqlite.inTransaction) store.sqlite.exec('ROLLBACK');
    throw error;
  }
}

/** The one method that still answers once the store is known to be damaged: recovery mode's status. */
const ANSWERS_WHEN_CORRUPT = 'recovery.status';

/** Who is calling, and whether they may call this method. */
function authorize(store: Store, method: MethodName, caller: Caller | undefined): CallInfo {
  if (caller === undefined) return { actor: SYSTEM_ACTOR };
  let actor: Actor = ANONYMOUS;
  try {
    actor = resolveSession(store, caller.token);
  } catch (error) {
    if (!PUBLIC_METHODS.has(method)) throw error;
  }
  if (actor.role !== 'anonymous' && actor.role !== 'system' && !canCall(actor.role, method))
    throw new StoreError('FORBIDDEN', `您的角色（${ROLE_LABELS[actor.role]}）无权执行此操作`);
  return { actor, token: caller.token };
}

export interface BackendOptions {
  /** Epoch milliseconds; tests inject it to step through login throttling. */
  clock?: () => number;
}

export function createBackend(store: Store, options: BackendOptions = {}): Backend {
  const lock = createCallLock();
  const throttle = createLoginThrottle(options.clock);

  /** A failed or refused sign-in is audited on its own (the attempt's transaction was rolled back). */
  const auditLogin = (username: string, client: string | undefined, outcome: 'failed' | 'throttled', failures: number | null, waitMs: number) =>
    inTransaction(store, async () =>
      writeAudit(store, ANONYMOUS, {
        method: 'auth.login',
        kind: 'auth',
        recordId: null,
        before: null,
        after: { username, outcome, client: client ?? null, failures, waitSeconds: Math.ceil(waitMs / 1000) },
      }),
    );

  /** Sign-in, throttled per username and per client: too many failures make the next attempts wait. */
  const login = async (input: { username: string }, client: string | undefined, attempt: () => Promise<unknown>) => {
    const { username } = input;
    const wait = throttle.wait(username, client);
    if (wait > 0) {
      await auditLogin(username, client, 'throttled', null, wait);
      throw new StoreError('THROTTLED', `登录失败次数过多，请 ${waitText(wait)}后再试`, [{ path: 'username', message: '失败次数过多' }]);
    }
    try {
      const output = await attempt();
      throttle.succeeded(username, client);
      return output;
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'UNAUTHENTICATED') throw error;
      const { failures, waitMs } = throttle.failed(username, client);
      await auditLogin(username, client, 'failed', failures, waitMs);
      if (waitMs > 0) throw new StoreError('UNAUTHENTICATED', `${error.message}。失败次数过多，请 ${waitText(waitMs)}后再试`);
      throw error;
    }
  };

  /** A write: alone, in one transaction with its audit entry (or audited right after, for whole-store work). */
  const write = async (
    method: MethodName,
    input: unknown,
    call: CallInfo,
    handler: Handler<(typeof contract)[MethodName]>,
    client: string | undefined,
  ) => {
    const execute = async () => {
      const audit = await startAudit(store, method, input, call);
      const output = await handler(store, input as never, call);
      const entry = await audit.finish(output);
      // sign-in and set-up are attributed to the user who signed in
      const user = (output as { user?: { id: string; username: string; displayName: string } } | null)?.user;
      const who = call.actor.role === 'anonymous' && user ? { ...call.actor, userId: user.id, username: user.username } : call.actor;
      writeAudit(store, who, entry);
      return output;
    };
    if (method === 'auth.login') return login(input as { username: string }, client, () => inTransaction(store, execute));
    if (OUTSIDE_TRANSACTION.has(method)) return execute();
    if (isImportMethod(method)) return withBackup(store, 'pre-import', () => inTransaction(store, execute));
    return inTransaction(store, execute);
  };

  const run = async (method: MethodName, input: unknown, caller: Caller | undefined): Promise<unknown> => {
    const spec = contract[method];
    const handler = handlers[method] as Handler<(typeof contract)[MethodName]>;
    const locked = spec.writes ? lock.write : lock.read;
    // nothing but a sign-in is written into a store before its integrity check has answered
    if (spec.writes && !PUBLIC_METHODS.has(method) && store.integrity.state.status === 'checking') await store.integrity.result();
    return locked(async () => {
      const integrity = store.integrity.state;
      if (integrity.status === 'corrupt' && method !== ANSWERS_WHEN_CORRUPT) throw new StoreOpenError('corrupt', store.path, integrity.detail ?? '');
      const call = authorize(store, method, caller);
      const parsed = spec.input.parse(input ?? {});
      return spec.writes ? write(method, parsed, call, handler, caller?.client) : handler(store, parsed as never, call);
    });
  };

  const call = async (method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` } };
    try {
      return { ok: true, value: await run(method, input, caller) };
    } catch (error) {
      // a query met a damaged page: the store is damaged, whatever the integrity check has said so far
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('SQLITE_') && failureKind(code) === 'corrupt') {
        store.integrity.found((error as Error).message);
        return toResult(new StoreOpenError('corrupt', store.path, (error as Error).message));
      }
      return toResult(error);
    }
  };

  // the daily backup waits for the integrity check: a damaged store must not take a place in the rotation
  const ready =
    store.path === ':memory:' || !dailyBackupDue(store.path)
      ? Promise.resolve()
      : store.integrity
          .result()
          .then((integrity) =>
            integrity.status === 'corrupt'
              ? undefined
              : lock.write(async () => {
                  await backupDatabase(store.sqlite, store.path, 'daily');
                }),
          )
          .catch((error: unknown) => console.error(`每日自动备份失败：${(error as Error).message}`));

  return {
    store,
    call,
    openStorePath: () => store.path,
    async authorize(method, caller) {
      if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` } };
      try {
        await lock.read(async () => authorize(store, method, caller));
        return { ok: true, value: null };
      } catch (error) {
        return toResult(error);
      }
    },
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new StoreError(result.error.code, result.error.message, result.error.issues);
      return result.value as never;
    },
    ready,
    async close() {
      stopReportJobs(store);
      await ready;
      await lock.idle();
      await store.close();
    },
  };
}

export const openBackend = (path: string, options: BackendOptions & OpenOptions = {}): Backend => createBackend(openStore(path, options), options);
