// The backend behind every transport (Electron IPC, browser mode's HTTP, the CLI): validates each
// call's input against the contract, runs its handler, and answers an ApiResult with a Chinese message.
// Every write call runs alone inside one transaction, so a failure leaves the store exactly as it was;
// an import is preceded by a backup, and the first start of each day takes the daily backup.
import { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { StoreError } from './errors.ts';
import type { Handler } from './handlers/handler.ts';
import { handlers } from './handlers/index.ts';
import { createCallLock } from './lock.ts';
import { backupDatabase, dailyBackupDue, type BackupReason } from './store/backup.ts';
import { openStore, type Store } from './store/connection.ts';

export interface Backend {
  store: Store;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
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

export function createBackend(store: Store): Backend {
  const lock = createCallLock();

  const run = async (method: MethodName, input: unknown): Promise<unknown> => {
    const spec = contract[method];
    const parsed = spec.input.parse(input ?? {});
    const handler = handlers[method] as Handler<(typeof contract)[MethodName]>;
    if (!spec.writes) return lock.read(async () => handler(store, parsed as never));
    return lock.write(async () => {
      const execute = async () => handler(store, parsed as never);
      if (OUTSIDE_TRANSACTION.has(method)) return execute();
      if (isImportMethod(method)) return withBackup(store, 'pre-import', () => inTransaction(store, execute));
      return inTransaction(store, execute);
    });
  };

  const call = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` } };
    try {
      return { ok: true, value: await run(method, input) };
    } catch (error) {
      return toResult(error);
    }
  };

  const ready =
    store.path === ':memory:' || !dailyBackupDue(store.path)
      ? Promise.resolve()
      : lock
          .write(async () => {
            await backupDatabase(store.sqlite, store.path, 'daily');
          })
          .catch((error: unknown) => console.error(`每日自动备份失败：${(error as Error).message}`));

  return {
    store,
    call,
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new StoreError(result.error.code, result.error.message, result.error.issues);
      return result.value as never;
    },
    ready,
    async close() {
      await lock.idle();
      await store.close();
    },
  };
}

export const openBackend = (path: string): Backend => createBackend(openStore(path));
