// Messages between the Electron main process and the backend's utilityProcess. The main process opens
// the store with the first message, then relays calls by request id.
import type { ApiErrorBody, ApiResult } from '../../shared/api/result.ts';

export type MainToBackend =
  /** The first opens the store; in recovery mode a later one opens another file instead. */
  | { type: 'open'; storePath: string }
  /** `token`: the session the main process holds for the calling window (the renderer never sees it). */
  /** `client`: which window called, so failed sign-ins are counted per window too. */
  | { type: 'call'; id: number; method: string; input: unknown; token?: string; client?: string }
  | { type: 'close' };

export type BackendToMain =
  | { type: 'ready'; storePath: string }
  /** The store did not open, or its integrity check found it damaged later: the backend now serves recovery mode for it. */
  | { type: 'open-failed'; storePath: string; error: ApiErrorBody }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'closed' };

/** The part of Electron's `process.parentPort` the backend uses (typed here: the backend never imports electron). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: BackendToMain): void;
}
