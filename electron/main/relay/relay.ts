// The main process's relay between the renderer's IPC calls and the backend's utilityProcess. Pure
// (no Electron imports): every call is checked for its sender and its method name, forwarded under a
// fresh request id, and answered with the backend's ApiResult.
import { isMethodName } from '../../../shared/api/contract.ts';
import type { ApiErrorBody, ApiResult } from '../../../shared/api/result.ts';
import type { BackendToMain, MainToBackend } from '../../backend/utility-protocol.ts';
import type { LocalAnswer } from '../recovery-actions.ts';
import type { SenderInfo } from '../security/sender.ts';

export interface RelayOptions {
  /** Sends a message to the backend; throws when there is no backend to send to. */
  post(message: MainToBackend): void;
  isTrusted(sender: SenderInfo): boolean;
  /** A few calls the shell answers itself (recovery mode's file dialog and quit): null forwards the call. */
  answerLocally?: LocalAnswer;
}

export interface Relay {
  call(sender: SenderInfo, method: unknown, input: unknown): Promise<ApiResult<unknown>>;
  /** Feeds a message from the backend; results settle their pending call, the rest is ignored. */
  receive(message: BackendToMain): void;
  /** Answers every pending call with `error` (the backend exited). */
  failPending(error: ApiErrorBody): void;
  readonly pendingCount: number;
}

const UNTRUSTED: ApiErrorBody = { code: 'VALIDATION', message: '已拒绝：该调用不是来自教务通主窗口。' };
export const BACKEND_UNAVAILABLE: ApiErrorBody = {
  code: 'INTERNAL',
  message: '后台服务不可用，请关闭并重新打开教务通；数据库中已保存的数据不受影响。',
};

/**
 * The window's session: signing in hands the token to the main process, which keeps it and passes it
 * with each call of that window; the renderer never holds it.
 */
function keepSession(tokens: Map<number, string>, webContentsId: number, method: string, result: ApiResult<unknown>): ApiResult<unknown> {
  if (method === 'auth.logout') tokens.delete(webContentsId);
  if ((method === 'auth.login' || method === 'auth.setup') && result.ok) {
    const value = result.value as { token?: string };
    if (value.token) tokens.set(webContentsId, value.token);
    delete value.token;
  }
  return result;
}

export function createRelay(options: RelayOptions): Relay {
  let nextId = 1;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  const tokens = new Map<number, string>();
  return {
    call(sender, method, input) {
      if (!options.isTrusted(sender)) return Promise.resolve({ ok: false, error: UNTRUSTED });
      if (!isMethodName(method))
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` },
        });
      const local = options.answerLocally?.(method, input);
      if (local) return local;
      const id = nextId++;
      const token = tokens.get(sender.webContentsId);
      return new Promise<ApiResult<unknown>>((resolve) => {
        pending.set(id, resolve);
        try {
          options.post({ type: 'call', id, method, input, client: `window-${sender.webContentsId}`, ...(token ? { token } : {}) });
        } catch {
          pending.delete(id);
          resolve({ ok: false, error: BACKEND_UNAVAILABLE });
        }
      }).then((result) => keepSession(tokens, sender.webContentsId, method, result));
    },
    receive(message) {
      if (message.type !== 'result') return;
      const settle = pending.get(message.id);
      if (!settle) return;
      pending.delete(message.id);
      settle(message.result);
    },
    failPending(error) {
      const settles = [...pending.values()];
      pending.clear();
      for (const settle of settles) settle({ ok: false, error });
    },
    get pendingCount() {
      return pending.size;
    },
  };
}
