// The two recovery actions only the desktop shell can carry out, answered in the main process instead of
// the backend: opening another store file (the main process shows the file dialog) and quitting. Pure,
// with the shell's parts injected, so Node tests check it; only while the backend is in recovery mode.
import { contract, type MethodName } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';

export interface DesktopRecovery {
  inRecovery(): boolean;
  /** The store file the user picked, or null when they cancelled. */
  chooseStoreFile(): Promise<string | null>;
  /** Asks the backend to open that file; answers whether it opened. */
  reopen(storePath: string): Promise<boolean>;
  quit(): void;
}

/** Answers the call here, or null to forward it to the backend. */
export type LocalAnswer = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>> | null;

export function desktopRecoveryAnswer(shell: DesktopRecovery): LocalAnswer {
  return (method, input) => {
    if ((method !== 'recovery.openOther' && method !== 'recovery.quit') || !shell.inRecovery()) return null;
    const checked = contract[method].input.safeParse(input ?? {});
    if (!checked.success) return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: '输入有误：此操作不需要参数' } });
    if (method === 'recovery.quit') {
      shell.quit();
      return Promise.resolve({ ok: true, value: { quitting: true } });
    }
    return (async (): Promise<ApiResult<unknown>> => {
      const path = await shell.chooseStoreFile();
      if (!path) return { ok: true, value: { opened: false, storePath: null } };
      return { ok: true, value: { opened: await shell.reopen(path), storePath: path } };
    })();
  };
}
