// The backend behind every transport (Electron IPC, browser mode's HTTP, the CLI): validates each
// call's input against the contract, runs its handler, and answers an ApiResult with a Chinese message.
import { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { StoreError } from './errors.ts';
import type { Handler } from './handlers/handler.ts';
import { handlers } from './handlers/index.ts';
import { openStore, type Store } from './store/connection.ts';

export interface Backend {
  store: Store;
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Typed in-process call that throws on error: for the CLI and tests. */
  invoke<M extends MethodName>(method: M, input: z.input<(typeof contract)[M]['input']>): Promise<MethodOutput<M>>;
  close(): Promise<void>;
}

function issuePath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

export function toResult(error: unknown): ApiResult<never> {
  if (error instanceof StoreError) return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
    const message = `输入有误：${issues.map((i) => (i.path ? `${i.path}：${i.message}` : i.message)).join('；')}`;
    return { ok: false, error: { code: 'VALIDATION', message, issues } };
  }
  const sqliteCode = (error as { code?: string }).code ?? '';
  if (sqliteCode.startsWith('SQLITE_CONSTRAINT'))
    return { ok: false, error: { code: 'CONFLICT', message: `数据不符合约束，未保存：${(error as Error).message}` } };
  console.error(error);
  return { ok: false, error: { code: 'INTERNAL', message: `内部错误：${(error as Error).message ?? String(error)}` } };
}

export function createBackend(store: Store): Backend {
  const call = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法：${String(method).slice(0, 80)}` } };
    try {
      const parsed = contract[method].input.parse(input ?? {});
      const handler = handlers[method] as Handler<(typeof contract)[MethodName]>;
      return { ok: true, value: await handler(store, parsed as never) };
    } catch (error) {
      return toResult(error);
    }
  };
  return {
    store,
    call,
    async invoke(method, input) {
      const result = await call(method, input);
      if (!result.ok) throw new StoreError(result.error.code, result.error.message, result.error.issues);
      return result.value as never;
    },
    close: () => store.close(),
  };
}

export const openBackend = (path: string): Backend => createBackend(openStore(path));
