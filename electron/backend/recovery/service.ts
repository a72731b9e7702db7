// What every transport talks to: the store's backend when it opens, recovery mode when it does not.
// In recovery mode only the recovery methods answer (validated against the contract like any call):
// the app shows what was found and can restore one of the store's own backups (verified first; the
// damaged file is moved aside, never deleted), retry, or quit. Nothing here deletes or recreates a store.
import { basename, join } from 'node:path';
import { contract, isMethodName, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import { canRestoreOver, RECOVERY_METHODS } from '../../../shared/api/methods/recovery.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { Caller } from '../auth/actor.ts';
import { openBackend, toResult, type Backend } from '../backend.ts';
import { StoreError } from '../errors.ts';
import { backupsDir, listBackups, type BackupInfo } from '../store/backup.ts';
import { restoreStoreFile } from '../store/restore.ts';
import { diagnoseOpenFailure, type StoreOpenError } from './diagnose.ts';

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
  close(): Promise<void>;
}

export interface StoreServiceOptions {
  open?: (storePath: string) => Backend;
  /** Carries out `recovery.quit` after it has answered; without it the transport has no way to quit. */
  onQuit?: () => void;
}

type RecoveryMethod = 'recovery.status' | 'recovery.restore' | 'recovery.retry' | 'recovery.openOther' | 'recovery.quit';
type RecoveryHandlers = { [M in RecoveryMethod]: (input: MethodInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M> };

const summary = (b: BackupInfo) => ({ name: b.name, reason: b.reason, takenAt: b.takenAt, bytes: b.bytes });

export function startStoreService(initialPath: string, options: StoreServiceOptions = {}): StoreService {
  const open = options.open ?? openBackend;
  let storePath = initialPath;
  let backend: Backend | null = null;
  let failure: StoreOpenError | null = null;
  // recovery calls run one at a time: a restore must not meet a retry halfway
  let queue: Promise<unknown> = Promise.resolve();

  const tryOpen = (): boolean => {
    try {
      backend = open(storePath);
      failure = null;
    } catch (error) {
      const diagnosed = diagnoseOpenFailure(error, storePath);
      console.error(`数据库无法打开，进入恢复模式：${diagnosed.message}`);
      failure = diagnosed;
    }
    return backend !== null;
  };
  tryOpen();

  const backups = (): BackupInfo[] => {
    try {
      return listBackups(storePath);
    } catch {
      return [];
    }
  };

  const recovery: RecoveryHandlers = {
    'recovery.status': () => {
      if (!failure) return { mode: 'normal' as const };
      return {
        mode: 'recovery' as const,
        storePath,
        kind: failure.kind,
        message: failure.message,
        detail: failure.detail,
        canRestore: canRestoreOver(failure.kind),
        backupsFolder: backupsDir(storePath),
        backups: backups().map(summary),
      };
    },
    'recovery.restore': async ({ name }) => {
      const why = failure!;
      if (!canRestoreOver(why.kind))
        throw new StoreError(
          'VALIDATION',
          why.kind === 'locked' ? '数据库正被其他程序占用，不能用备份覆盖；请关闭占用它的程序后重试' : '此数据库由更新版本的教务通写入，不能用旧备份覆盖；请升级教务通',
        );
      const found = backups().find((b) => b.name === basename(name));
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
      if (backend) return backend.call(method, input, caller);
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
    backend: () => backend,
    failure: () => failure,
    openStorePath: () => backend?.store.path ?? null,
    call(method, input, caller) {
      if (backend) return backend.call(method, input, caller);
      return recoveryCall(method, input, caller);
    },
    async authorize(method, caller) {
      if (backend) return backend.authorize(method, caller);
      return { ok: false, error: { code: failure!.code, message: failure!.message } };
    },
    async switchTo(path) {
      if (backend) return backend.store.path === path;
      storePath = path;
      return tryOpen();
    },
    async close() {
      await queue.catch(() => undefined);
      await backend?.close();
      backend = null;
    },
  };
}
