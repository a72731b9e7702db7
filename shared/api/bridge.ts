// What the desktop app's preload exposes to the renderer as `window.jiaowu`: one function per contract
// method, answering the same ApiResult as browser mode's HTTP transport. Absent in a plain browser.
import type { MethodInput, MethodName, MethodOutput } from './contract.ts';
import type { ApiResult } from './result.ts';

/** The global name the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'jiaowu';

/** Methods whose input fields are all optional may be called without an argument. */
export type BridgeFunction<M extends MethodName> = Record<never, never> extends MethodInput<M>
  ? (input?: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;

export type JiaowuBridge = { readonly [M in MethodName]: BridgeFunction<M> };

/** The desktop bridge when running inside the Electron shell, otherwise undefined (use HTTP). */
export function desktopBridge(): JiaowuBridge | undefined {
  return (globalThis as { [BRIDGE_GLOBAL]?: JiaowuBridge })[BRIDGE_GLOBAL];
}
