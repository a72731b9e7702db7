// The IPC relay and the backend's utility-process server, wired through fake ports in Node: request ids,
// sender and method checks, and real calls into a real SQLite store.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { openBackend } from '../../electron/backend/backend.ts';
import type { BackendToMain, MainToBackend, ParentPortLike } from '../../electron/backend/utility-protocol.ts';
import { serveBackend } from '../../electron/backend/utility-server.ts';
import { createRelay } from '../../electron/main/relay/relay.ts';
import { createRestartBudget } from '../../electron/main/relay/restart-budget.ts';
import { isTrustedSender, type SenderInfo } from '../../electron/main/security/sender.ts';
import { buildBridge } from '../../electron/preload/bridge.ts';
import { TEST_ADMIN, tempDir } from '../helpers.ts';

const WINDOW_ID = 1;
const trusted: SenderInfo = { frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: WINDOW_ID };
const isTrusted = (sender: SenderInfo) => isTrustedSender(sender, WINDOW_ID);

/** A fake utility process: the relay posts into it, the backend server answers through it asynchronously. */
function fakeUtilityProcess() {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const toMain: BackendToMain[] = [];
  let onReply: (message: BackendToMain) => void = () => {};
  const port: ParentPortLike = {
    on: (_event, listener) => listeners.push(listener),
    postMessage: (message) => {
      toMain.push(message);
      setImmediate(() => onReply(message));
    },
  };
  return {
    port,
    toMain,
    post: (message: MainToBackend) => setImmediate(() => listeners.forEach((l) => l({ data: structuredClone(message) }))),
    raw: (data: unknown) => listeners.forEach((l) => l({ data })),
    onReply: (fn: (message: BackendToMain) => void) => (onReply = fn),
  };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function wiredBackend() {
  const { dir, cleanup } = tempDir();
  const proc = fakeUtilityProcess();
  serveBackend(proc.port, openBackend);
  const sent: MainToBackend[] = [];
  const relay = createRelay({
    post: (message) => {
      sent.push(message);
      proc.post(message);
    },
    isTrusted,
  });
  proc.onReply((message) => relay.receive(message));
  proc.post({ type: 'open', storePath: join(dir, 'store.sqlite') });
  cleanups.push(async () => {
    proc.post({ type: 'close' });
    await new Promise((ok) => setTimeout(ok, 50));
    cleanup();
  });
  return { relay, sent, proc, dir };
}

describe('relay', () => {
  it('forwards contract calls with fresh request ids and answers each with its own result', async () => {
    const { relay, sent, dir } = wiredBackend();
    await relay.call(trusted, 'auth.setup', TEST_ADMIN);
    sent.length = 0;
    const [info, semesters, missing] = await Promise.all([
      relay.call(trusted, 'app.info', {}),
      relay.call(trusted, 'semesters.list', {}),
      relay.call(trusted, 'semesters.get', { id: 'no-such-semester' }),
    ]);
    const ids = sent.filter((m) => m.type === 'call').map((m) => (m as { id: number }).id);
    expect(new Set(ids).size).toBe(3);
    expect(info.ok && (info.value as { storePath: string }).storePath).toBe(join(dir, 'store.sqlite'));
    expect(semesters).toEqual({ ok: true, value: { rows: [], total: 0 } });
    expect(missing.ok).toBe(false);
    expect(relay.pendingCount).toBe(0);
  });

  it('keeps the window’s session in the main process: refused before sign-in, the token never reaches the renderer', async () => {
    const { relay, sent } = wiredBackend();
    expect(await relay.call(trusted, 'semesters.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const signedIn = await relay.call(trusted, 'auth.setup', TEST_ADMIN);
    expect(signedIn.ok && 'token' in (signedIn.value as object)).toBe(false);
    expect((await relay.call(trusted, 'semesters.list', {})).ok).toBe(true);
    expect(sent.filter((m) => m.type === 'call').at(-1)).toHaveProperty('token');
    await relay.call(trusted, 'auth.logout', {});
    expect(await relay.call(trusted, 'semesters.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('restores a backup in the utility process: the window stays signed in and reads the restored data', async () => {
    const { relay } = wiredBackend();
    await relay.call(trusted, 'auth.setup', TEST_ADMIN);
    const trainee = (id: string) => ({ id, name: `学员${id}`, group: 'H2', organization: null, exempt: false });
    await relay.call(trusted, 'trainees.create', trainee('T1'));
    const made = await relay.call(trusted, 'backup.create', {});
    await relay.call(trusted, 'trainees.create', trainee('T2'));
    const name = made.ok ? (made.value as { name: string }).name : '';
    expect(await relay.call(trusted, 'backup.restore', { name })).toMatchObject({ ok: true, value: { restored: name } });
    const list = await relay.call(trusted, 'trainees.list', {});
    expect(list.ok && (list.value as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(['T1']);
  });

  it('returns the backend validation error for bad input, in Chinese', async () => {
    const { relay } = wiredBackend();
    await relay.call(trusted, 'auth.setup', TEST_ADMIN);
    const result = await relay.call(trusted, 'semesters.get', { id: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(/输入有误/);
    }
  });

  it('rejects unknown methods and untrusted senders without reaching the backend', async () => {
    const sent: MainToBackend[] = [];
    const relay = createRelay({ post: (m) => sent.push(m), isTrusted });
    for (const method of ['shell.exec', '__proto__', 'constructor', 'toString', 42, null, undefined]) {
      const result = await relay.call(trusted, method, {});
      expect(result.ok, String(method)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
    }
    for (const sender of [
      { ...trusted, webContentsId: 2 },
      { ...trusted, isMainFrame: false },
      { ...trusted, frameUrl: 'https://evil.example/' },
      { ...trusted, frameUrl: null },
    ]) {
      const result = await relay.call(sender, 'app.info', {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/已拒绝/);
    }
    expect(sent).toEqual([]);
  });

  it('ignores results for unknown ids and answers pending calls when the backend goes away', async () => {
    const sent: MainToBackend[] = [];
    const relay = createRelay({ post: (m) => sent.push(m), isTrusted });
    const pending = relay.call(trusted, 'app.info', {});
    relay.receive({ type: 'result', id: 999, result: { ok: true, value: 'stray' } });
    expect(relay.pendingCount).toBe(1);
    relay.failPending({ code: 'INTERNAL', message: '后台服务已退出' });
    expect(await pending).toEqual({ ok: false, error: { code: 'INTERNAL', message: '后台服务已退出' } });
    expect(relay.pendingCount).toBe(0);
  });

  it('answers at once when there is no backend to post to', async () => {
    const relay = createRelay({
      post: () => {
        throw new Error('no process');
      },
      isTrusted,
    });
    const result = await relay.call(trusted, 'app.info', {});
    expect(result.ok).toBe(false);
    expect(relay.pendingCount).toBe(0);
  });
});

describe('backend utility server', () => {
  it('reports a store it cannot open, then serves recovery mode: only the recovery methods answer', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const proc = fakeUtilityProcess();
    serveBackend(proc.port, openBackend);
    // A folder where the store file should be cannot be opened as a database.
    proc.raw({ type: 'open', storePath: dir });
    expect(proc.toMain[0]).toMatchObject({ type: 'open-failed', storePath: dir, error: { code: 'STORE_UNREADABLE' } });
    proc.raw({ type: 'call', id: 5, method: 'app.info', input: {} });
    proc.raw({ type: 'call', id: 6, method: 'recovery.status', input: {} });
    await new Promise((ok) => setTimeout(ok, 20));
    const replies = proc.toMain.slice(1) as Extract<BackendToMain, { type: 'result' }>[];
    expect(replies.find((r) => r.id === 5)?.result).toMatchObject({ ok: false, error: { code: 'STORE_UNREADABLE' } });
    expect(replies.find((r) => r.id === 6)?.result).toMatchObject({ ok: true, value: { mode: 'recovery', kind: 'unreadable', storePath: dir } });
    // another file, picked by the user in the desktop shell, opens in its place
    proc.raw({ type: 'open', storePath: join(dir, 'other.sqlite') });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(proc.toMain.at(-1)).toEqual({ type: 'ready', storePath: join(dir, 'other.sqlite') });
    proc.raw({ type: 'close' });
    await new Promise((ok) => setTimeout(ok, 20));
  });

  it('ignores malformed messages and answers calls before open with a clear error', () => {
    const proc = fakeUtilityProcess();
    serveBackend(proc.port, openBackend);
    for (const data of [null, 'open', { type: 'call', id: 'x', method: 'app.info' }, { type: 'open' }, { type: 'exec' }]) proc.raw(data);
    expect(proc.toMain).toEqual([]);
    proc.raw({ type: 'call', id: 1, method: 'app.info', input: {} });
    const reply = proc.toMain[0] as Extract<BackendToMain, { type: 'result' }>;
    expect(reply.result.ok).toBe(false);
    if (!reply.result.ok) expect(reply.result.error.code).toBe('STORE_UNREADABLE');
  });
});

describe('preload bridge', () => {
  it('has exactly one function per contract method, each sending its own name', async () => {
    const calls: [string, unknown][] = [];
    const bridge = buildBridge(async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: method };
    });
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const method of METHOD_NAMES) {
      const fn = bridge[method] as (input?: unknown) => Promise<ApiResult<unknown>>;
      expect(await fn()).toEqual({ ok: true, value: method });
    }
    expect(calls.map(([m]) => m)).toEqual(METHOD_NAMES);
    expect(calls.every(([, input]) => typeof input === 'object' && input !== null)).toBe(true);
  });

  it('turns a failed send into an ApiResult instead of a rejection', async () => {
    const bridge = buildBridge(() => Promise.reject(new Error('An object could not be cloned.')));
    const result = await bridge['app.info']();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/调用无法发送/);
  });
});

describe('backend restart budget', () => {
  it('allows a few restarts per minute, then stops', () => {
    const budget = createRestartBudget(3, 60_000);
    expect([0, 1000, 2000].map((t) => budget.allow(t))).toEqual([true, true, true]);
    expect(budget.allow(3000)).toBe(false);
    expect(budget.allow(70_000)).toBe(true);
  });
});
