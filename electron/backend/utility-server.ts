// The backend side of the utilityProcess: opens the store when asked, answers each call with its
// ApiResult under the caller's request id. A store that cannot be opened (corrupt, unreadable, in use,
// too new) is reported, and the backend then serves recovery mode: the window shows the recovery screen.
// A later `open` in recovery mode opens another store file the user picked. A store whose integrity check
// finds damage after it opened is reported then, and served in recovery mode from that moment.
import type { ApiErrorBody } from '../../shared/api/result.ts';
import { openBackend, toResult } from './backend.ts';
import { startStoreService, type OpenBackend, type StoreService } from './recovery/service.ts';
import type { BackendToMain, MainToBackend, ParentPortLike } from './utility-protocol.ts';

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

function opened(service: StoreService): BackendToMain {
  const failure = service.failure();
  if (!failure) return { type: 'ready', storePath: service.storePath };
  return { type: 'open-failed', storePath: service.storePath, error: { code: failure.code, message: failure.message } };
}

export function serveBackend(port: ParentPortLike, open: OpenBackend = openBackend): void {
  let service: StoreService | null = null;

  port.on('message', ({ data }) => {
    if (!isMessage(data)) {
      console.error('backend: ignored a malformed message');
      return;
    }
    switch (data.type) {
      case 'open': {
        if (!service) {
          // a store found damaged after it opened is reported the same way as one that did not open
          const started = startStoreService(data.storePath, { open, onRecovery: () => port.postMessage(opened(started)) });
          service = started;
          return port.postMessage(opened(service));
        }
        const current = service;
        void current.switchTo(data.storePath).then(() => port.postMessage(opened(current)));
        return;
      }
      case 'call': {
        const { id } = data;
        if (!service) return port.postMessage({ type: 'result', id, result: { ok: false, error: NOT_OPEN } });
        void service
          .call(data.method, data.input, { token: data.token, client: typeof data.client === 'string' ? data.client : undefined })
          .catch((error: unknown) => toResult(error))
          .then((result) => port.postMessage({ type: 'result', id, result }));
        return;
      }
      case 'close': {
        const closing = service;
        service = null;
        void (closing ? closing.close() : Promise.resolve()).then(() => port.postMessage({ type: 'closed' }));
        return;
      }
    }
  });
}
