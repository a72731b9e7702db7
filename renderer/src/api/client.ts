// The typed API client: `api.call('classes.list', { semester })` answers the method's output or throws an
// ApiError. Uses the Electron preload's bridge when present, else browser mode's POST /api/<method>.
import { desktopBridge } from '../../../shared/api/bridge.ts';
import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { ApiError } from './api-error.ts';

type Listener = (method: MethodName) => void;
const writeListeners = new Set<Listener>();
const unauthenticatedListeners = new Set<() => void>();
const storeDamagedListeners = new Set<() => void>();

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

/**
 * Answers asked for at start, before the screens that read them exist (app/start-reads.ts): each serves
 * the first call with the same method and input, once, and only for the screen the app opened on and
 * shortly after start; a refusal (not signed in yet, recovery mode) is asked again. Any write drops them,
 * and so does the first move to another address (`dropEarlyAnswers`): data changed meanwhile by another
 * client (the CLI, another window) must not show on a screen visited later as if read at its visit.
 */
const early = new Map<string, { at: number; result: Promise<ApiResult<unknown>> }>();
const EARLY_FOR_MS = 10_000;
const keyOf = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input ?? {})}`;

async function answer(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const key = keyOf(method, input);
  const asked = early.get(key);
  if (asked) {
    early.delete(key);
    if (performance.now() - asked.at < EARLY_FOR_MS) {
      const result = await asked.result;
      if (result.ok) return result;
    }
  }
  return transport(method, input);
}

export const api = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await answer(method, input);
    if (!result.ok) {
      if (result.error.code === 'UNAUTHENTICATED' && !method.startsWith('auth.')) for (const listener of unauthenticatedListeners) listener();
      if (result.error.code === 'STORE_CORRUPT' && !method.startsWith('recovery.')) for (const listener of storeDamagedListeners) listener();
      throw new ApiError(result.error);
    }
    // Every write may change what any open screen shows: tell the query hooks to read again.
    if (contract[method].writes) {
      early.clear();
      for (const listener of writeListeners) listener(method);
    }
    return result.value as MethodOutput<M>;
  },
  /** Asks for a query's answer now, for the first `call` with the same method and input to use. */
  prefetch<M extends MethodName>(method: M, input: MethodInput<M>): void {
    const key = keyOf(method, input);
    if (!contract[method].writes && !early.has(key)) early.set(key, { at: performance.now(), result: transport(method, input) });
  },
  /** The app left the screen it opened on: answers asked at start and not used yet are not used at all. */
  dropEarlyAnswers(): void {
    early.clear();
  },
  /** Called when a call is refused because the session ended (idle time, signed out elsewhere). */
  onUnauthenticated(listener: () => void): () => void {
    unauthenticatedListeners.add(listener);
    return () => unauthenticatedListeners.delete(listener);
  },
  /** Called when a call is refused because the store was found damaged after it opened (recovery mode follows). */
  onStoreDamaged(listener: () => void): () => void {
    storeDamagedListeners.add(listener);
    return () => storeDamagedListeners.delete(listener);
  },
  /** Called after every successful write; answers the unsubscribe function. */
  onWrite(listener: Listener): () => void {
    writeListeners.add(listener);
    return () => writeListeners.delete(listener);
  },
};
