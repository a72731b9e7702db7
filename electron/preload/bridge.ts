// Builds the object the preload exposes as window.jiaowu: exactly one function per contract method,
// each sending its own method name over the one relay channel. Pure, so Node tests can check it.
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import type { JiaowuBridge } from '../../shared/api/bridge.ts';
import type { ApiResult } from '../../shared/api/result.ts';

export type Invoke = (method: string, input: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): JiaowuBridge {
  const bridge: Record<string, (input?: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    bridge[method] = (input?: unknown) =>
      (invoke(method, input ?? {}) as Promise<ApiResult<unknown>>).catch(
        // Input that cannot be copied across processes (a function, a DOM node) fails here, not in the backend.
        (error: unknown): ApiResult<unknown> => ({
          ok: false,
          error: { code: 'VALIDATION', message: `调用无法发送：${(error as Error)?.message ?? String(error)}` },
        }),
      );
  }
  return Object.freeze(bridge) as unknown as JiaowuBridge;
}
