// The backend side of the utilityProcess: opens the store when asked, answers each call with its
// ApiResult under the caller's request id. A store that cannot be opened (too new, corrupt) is
// reported once and then as the answer to every call, so the window can show the Chinese message.
import type { ApiErrorBody } from '../../shared/api/result.ts';
import { toResult, type Backend } from './backend.ts';
import type { MainToBackend, ParentPortLike } from './utility-protocol.ts';

function isMessage(data: unknown): data is MainToBackend {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'open':
      return typeof m.storePath === 'string' && m.storePath !== '';
    case 'call':
      return Number.isSafeInteger(m.id) && typeof m.method === 'string';
    case 'close':
      return true;
    default:
      return false;
  }
}

const NOT_OPEN: ApiErrorBody = { code: 'STORE_UNREADABLE', message: '数据库尚未打开，请重新启动教务通。' };

export function serveBackend(port: ParentPortLike, open: (storePath: string) => Backend): void {
  let backend: Backend | null = null;
  let openError: ApiErrorBody | null = null;

  port.on('message', ({ data }) => {
    if (!isMessage(data)) {
      console.error('backend: ignored a malformed message');
      return;
    }
    switch (data.type) {
      case 'open': {
        if (backend) return port.postMessage({ type: 'ready', storePath: backend.store.path });
        try {
          backend = open(data.storePath);
          openError = null;
          port.postMessage({ type: 'ready', storePath: backend.store.path });
        } catch (error) {
          const failure = toResult(error);
          const reason = failure.ok ? NOT_OPEN : failure.error;
          openError = reason;
          port.postMessage({ type: 'open-failed', error: reason });
        }
        return;
      }
      case 'call': {
        const { id } = data;
        if (!backend) return port.postMessage({ type: 'result', id, result: { ok: false, error: openError ?? NOT_OPEN } });
        void backend
          .call(data.method, data.input, { token: data.token, client: typeof data.client === 'string' ? data.client : undefined })
          .catch((error: unknown) => toResult(error))
          .then((result) => port.postMessage({ type: 'result', id, result }));
        return;
      }
      case 'close': {
        const closing = backend;
        backend = null;
        void (closing ? closing.close() : Promise.resolve()).then(() => port.postMessage({ type: 'closed' }));
        return;
      }
    }
  });
}
