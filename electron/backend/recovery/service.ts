// What every transport talks to: the store's backend when it opens, recovery mode when it does not.
// In recovery mode only the recovery methods answer (validated against the contract like any call):
// the app shows what was found and can restore one of the store's own backups (verified first; the
// damaged file is moved aside, never deleted), retry, or quit. Nothing here deletes or recreates a store.
// A store that opened enters recovery mode as soon as its integrity check (which runs after open) or a
// query finds it damaged; every later open (retry, restore, another file) checks the whole file first.
import { basename, join } from 'node:path';
import { contract, isMethodName, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import { canRestoreOver, RECOVERY_METHODS } from '../../../shared/api/methods/recovery.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { Caller } from '../auth/actor.ts';
import { openBackend, toResult, type Backend } from '../backend.ts';
import { StoreError } from '../errors.ts';
import { backupsDir } from '../store/backup.ts';
import type { OpenOptions } from '../store/connection.ts';
import { restoreStoreFile } from '../store/restore.ts';
import { diagnoseOpenFailure, StoreOpenError } from './diagnose.ts';
import { backupsOf, recoveryStatus } from './status.ts';

/** The part of the backend a transport needs. */
export interface ApiService {
  call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
  authorize(method: string, caller: Caller): Promise<ApiResult<null>>;
  /** The open store's file; null in recovery mode. */
  openStorePath(): string | null;
}

export interface StoreService extends ApiService {
  readonly storePath: string;
  /** The open store's backend; null in recovery mode. */
  backend(): Backend | null;
  /** Why the store could not be opened; null when it is open. */
  failure(): StoreOpenError | null;
  /** Recovery mode only (desktop: the user picked another file): opens that file instead. */
  switchTo(storePath: string): Promise<boolean>;
  /** Runs the open store's integrity check now if it has not run yet, and resolves once its answer is in effect. */
  checked(): Promise<void>;
  close(): Promise<void>;
}

export type OpenBackend = (storePath: string, options?: OpenOptions) => Backend;

export interface StoreServiceOptions {
  open?: OpenBackend;
  /** Carries out `recovery.quit` after it has answered; without it the transport has no way to quit. */
  onQuit?: () => void;
  /** The open store was found damaged after it opened: the service now serves recovery mode. */
  onRecovery?: () => void;
}

type RecoveryMethod = 'recovery.status' | 'recovery.restore' | 'recovery.retry' | 'recovery.openOther' | 'recovery.quit';
type RecoveryHandlers = { [M in RecoveryMethod]: (input: MethodInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M> };

export function startStoreService(initialPath: string, options: StoreServiceOptions = {}): StoreService {
  const open = options.open ?? openBackend;
  let storePath = initialPath;
  let backend: Backend | null = null;
  let failure: StoreOpenError | null = null;
  // recovery calls run one at a time: a restore must not meet a retry halfway
  let queue: Promise<unknown> = Promise.resolve();

  /** The open store was found damaged: recovery mode from now on; its connection closes once running calls end. */
  const enterRecovery = (damaged: Backend): void => {
    if (backend !== damaged) return;
    backend = null;
    failure = new StoreOpenError('corrupt', storePath, damaged.store.integrity.state.detail ?? '');
    console.error(`数据库完整性检查发现损坏，进入恢复模式：${failure.message}`);
    // a restore must not replace the file before this connection is closed
    const closed = damaged.close().catch((error: unknown) => console.error(`关闭损坏的数据库失败：${(error as Error).message}`));
    queue = queue.then(() => closed, () => closed);
    options.onRecovery?.();
  };

  /** The first open checks the whole file in the background; an open from recovery mode checks it first. */
  const tryOpen = (check: OpenOptions['check'] = 'full'): boolean => {
    try {
      const opened = open(storePath, { check });
      backend = opened;
      failure = null;
      void opened.store.integrity.whenCorrupt.then(() => enterRecovery(opened));
    } catch (error) {
      const diagnosed = diagnoseOpenFailure(error, storePath);
      console.error(`数据库无法打开，进入恢复模式：${diagnosed.message}`);
      failure = diagnosed;
    }
    return backend !== null;
  };
  tryOpen('background');

  /** The open backend, unless it is known damaged (then recovery mode, at once). */
  const current = (): Backend | null => {
    if (backend?.store.integrity.state.status === 'corrupt') enterRecovery(backend);
    return backend;
  };

  const recovery: RecoveryHandlers = {
    'recovery.status': () => recoveryStatus(storePath, failure!),
    'recovery.restore': async ({ name }) => {
      const why = failure!;
      if (!canRestoreOver(why.kind))
        throw new StoreError(
          'VALIDATION',
          why.kind === 'locked' ? '数据库正被其他程序占用，不能用备份覆盖；请关闭占用它的程序后重试' : '此数据库由更新版本的教务通写入，不能用旧备份覆盖；请升级教务通',
        );
      const found = backupsOf(storePath).find((b) => b.name === basename(name));
      if (!found) throw new StoreError('NOT_FOUND', `备份“${name}”不存在`, [{ path: 'name', message: '备份文件夹中没有这个文件' }]);
      const result = await restoreStoreFile(storePath, join(backupsDir(storePath), found.name));
      if (!tryOpen()) throw new StoreError(failure!.code, `已恢复备份“${found.name}”，但数据库仍无法打开：${failure!.message}`);
      return { restored: found.name, storePath, movedAside: result.movedAside, safetyBackup: result.safetyBackup ?? null };
    },
    'recovery.retry': () => ({ opened: tryOpen() }),
    'recovery.openOther': () => {
      throw new StoreError('VALIDATION', '只有桌面版教务通可以在这里打开其他数据库文件；浏览器模式请用 --db 指定文件后重新启动');
    },
    'recovery.quit': () => {
      if (!options.onQuit) throw new StoreError('VALIDATION', '请直接关闭教务通');
      setImmediate(options.onQuit);
      return { quitting: true as const };
    },
  };

  const recoveryCall = (method: string, input: unknown, caller: Caller | undefined): Promise<ApiResult<unknown>> => {
    const run = async (): Promise<ApiResult<unknown>> => {
      // a restore queued before this call may have opened the store meanwhile
      const open = current();
      if (open) return open.call(method, input, caller);
      if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` } };
      if (!RECOVERY_METHODS.has(method)) {
        return { ok: false, error: { code: failure!.code, message: `${failure!.message}（数据库恢复之前，只能使用恢复界面的功能）` } };
      }
      try {
        const parsed = contract[method as MethodName].input.parse(input ?? {});
        const handler = recovery[method as RecoveryMethod] as (i: unknown) => unknown;
        return { ok: true, value: await handler(parsed) };
      } catch (error) {
        return toResult(error);
      }
    };
    const next = queue.then(run, run);
    queue = next;
    return next;
  };

  return {
    get storePath() {
      return storePath;
    },
    backend: () => current(),
    failure: () => (current(), failure),
    openStorePath: () => current()?.store.path ?? null,
    call(method, input, caller) {
      const open = current();
      if (open) return open.call(method, input, caller);
      return recoveryCall(method, input, caller);
    },
    async authorize(method, caller) {
      const open = current();
      if (open) return open.authorize(method, caller);
      return { ok: false, error: { code: failure!.code, message: failure!.message } };
    },
    async switchTo(path) {
      const open = current();
      if (open) return open.store.path === path;
      storePath = path;
      return tryOpen();
    },
    async checked() {
      await current()?.store.integrity.result();
      current();
      await queue.catch(() => undefined);
    },
    async close() {
      await queue.catch(() => undefined);
      await backend?.close();
      backend = null;
    },
  };
}
