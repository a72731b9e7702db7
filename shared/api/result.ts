// What every API call answers, over any transport (IPC, HTTP, in-process).

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IN_USE'
  | 'IMPORT_REJECTED'
  | 'STORE_TOO_NEW'
  | 'STORE_CORRUPT'
  | 'STORE_UNREADABLE'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** Too many failed sign-ins: wait, as the message says. */
  | 'THROTTLED'
  | 'INTERNAL';

export interface ApiErrorBody {
  code: ErrorCode;
  /** Chinese, says what is wrong and what to do. */
  message: string;
  /** Field-level problems: where (a path or a field name) and why. */
  issues?: { path: string; message: string; value?: unknown }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
