// The typed API client: `api.call('classes.list', { semester })` answers the method's output or throws an
// ApiError. Uses the Electron preload's bridge when present, else browser mode's POST /api/<method>.
import { desktopBridge } from '../../../shared/api/bridge.ts';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { ApiError } from './api-error.ts';

type Listener = (method: MethodName) => void;
const writeListeners = new Set<Listener>();
const unauthenticatedListeners = new Set<() => void>();

async function transport(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const bridge = desktopBridge();
  if (bridge) return (bridge[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input);
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接到教务通后台服务，请确认程序仍在运行' } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `后台服务返回了无法识别的应答（HTTP ${response.status}）` } };
  }
}

export const api = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport(method, input);
    if (!result.ok) {
      if (result.error.code === 'UNAUTHENTICATED' && !method.startsWith('auth.')) for (const listener of unauthenticatedListeners) listener();
      throw new ApiError(result.error);
    }
    // Every write may change what any open screen shows: tell the query hooks to read again.
    if (contract[method].writes) for (const listener of writeListeners) listener(method);
    return result.value as MethodOutput<M>;
  },
  /** Called when a call is refused because the session ended (idle time, signed out elsewhere). */
  onUnauthenticated(listener: () => void): () => void {
    unauthenticatedListeners.add(listener);
    return () => unauthenticatedListeners.delete(listener);
  },
  /** Called after every successful write; answers the unsubscribe function. */
  onWrite(listener: Listener): () => void {
    writeListeners.add(listener);
    return () => writeListeners.delete(listener);
  },
};
