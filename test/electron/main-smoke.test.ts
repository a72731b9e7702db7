// Runs the BUILT shell (out/main/index.js and out/preload/index.cjs) in Node against a stand-in for the
// electron module, with the real built backend in a real child process and a real SQLite file: the wiring
// between window, protocol, preload, relay and backend, as far as it can be checked without Electron.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import type { JiaowuBridge } from '../../shared/api/bridge.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp.ts';
import { RELAY_CHANNEL } from '../../electron/main/relay/channel.ts';
import { SAVE_REPORT_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../electron/main/shell/channels.ts';
import type { DesktopShell } from '../../shared/api/desktop-shell.ts';
import { createFakeElectron, type FakeWebContents } from './fake/electron.ts';
import { readFixture, TEST_ADMIN, tempDir } from '../helpers.ts';

const OUT = join(import.meta.dirname, '..', '..', 'out');
const tmp = tempDir();
const fake = vi.hoisted(() => ({ current: null as null | ReturnType<typeof createFakeElectron> }));
vi.mock('electron', () => fake.current!.electron);

type Invoke = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
let record: ReturnType<typeof createFakeElectron>['record'];
let invoke: Invoke;
let contents: FakeWebContents;
const eventFrom = (c: FakeWebContents, frame = c.mainFrame) => ({ sender: c, senderFrame: frame });

beforeAll(async () => {
  if (!existsSync(join(OUT, 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does)');
  fake.current = createFakeElectron(join(tmp.dir, 'appData'));
  record = fake.current.record;
  await import(join(OUT, 'main', 'index.js'));
  await new Promise((ok) => setTimeout(ok, 0));
  invoke = [...record.ipcHandlers.values()][0] as unknown as Invoke;
  contents = record.windows[0]!.webContents;
});

afterAll(async () => {
  for (const proc of record.utilityProcesses) if (proc.child.exitCode === null) proc.kill();
  tmp.cleanup();
});

describe('built main process (fake electron module)', () => {
  it('registers app:// as a privileged, secure, standard scheme before ready, and enables the sandbox', () => {
    expect(record.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(record.sandboxEnabled).toBe(true);
  });

  it('opens one window with the secure web preferences on app://jiaowu/', () => {
    expect(record.windows).toHaveLength(1);
    const window = record.windows[0]!;
    expect(window.loadedUrl).toBe('app://jiaowu/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(window.options.webPreferences.preload).toBe(join(OUT, 'preload', 'index.cjs'));
  });

  it('serves the built renderer over app:// with the CSP', async () => {
    const handler = record.protocolHandlers.get('app')!;
    const index = await handler(new Request('app://jiaowu/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toBe(readFileSync(join(OUT, 'renderer', 'index.html'), 'utf8'));
    expect((await handler(new Request('app://jiaowu/..%2f..%2fpackage.json'))).status).toBe(404);
  });

  it('relays calls over one channel to the backend process, on the user data folder store', async () => {
    expect([...record.ipcHandlers.keys()]).toEqual([RELAY_CHANNEL, SAVE_REPORT_CHANNEL, SHOW_IN_FOLDER_CHANNEL]);
    expect(record.utilityProcesses).toHaveLength(1);
    // refused until the window signs in; the main process then keeps the session for it
    expect(await invoke(eventFrom(contents), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await invoke(eventFrom(contents), 'auth.setup', TEST_ADMIN)).toMatchObject({ ok: true });
    const info = (await invoke(eventFrom(contents), 'app.info', {})) as { ok: boolean; value: { storePath: string } };
    expect(info.ok).toBe(true);
    expect(info.value.storePath).toBe(join(tmp.dir, 'appData', 'jiaowu', 'jiaowu.sqlite'));
  });

  it('refuses calls from a subframe, another page or another WebContents, and unknown methods', async () => {
    const sub = { url: 'app://jiaowu/index.html', parent: contents.mainFrame };
    const foreign = { url: 'https://evil.example/', parent: null };
    for (const event of [eventFrom(contents, sub), eventFrom(contents, foreign), { sender: { id: 999, mainFrame: foreign }, senderFrame: foreign }]) {
      const result = (await invoke(event, 'app.info', {})) as { ok: boolean };
      expect(result.ok).toBe(false);
    }
    expect(await invoke(eventFrom(contents), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('denies navigation away, new windows, webviews and permissions', () => {
    let prevented = 0;
    const navigate = (event: string, url: string) => contents.emit(event, { url, preventDefault: () => prevented++ });
    navigate('will-navigate', 'https://evil.example/');
    navigate('will-frame-navigate', 'file:///etc/passwd');
    navigate('will-redirect', 'http://127.0.0.1:1/');
    expect(prevented).toBe(3);
    navigate('will-navigate', 'app://jiaowu/index.html#/classes');
    expect(prevented).toBe(3);
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ });
    expect(prevented).toBe(4);
    expect(contents.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    (record.permissionRequest as unknown as (...a: unknown[]) => void)(contents, 'media', (g: boolean) => (granted = g), {
      requestingUrl: 'app://jiaowu/index.html',
    });
    expect(granted).toBe(false);
    expect((record.permissionCheck as unknown as (...a: unknown[]) => boolean)(contents, 'geolocation', 'app://jiaowu', {})).toBe(false);
    expect(record.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('installs the Chinese menu', () => {
    expect((record.menu as { label: string }[]).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('runs the built preload: window.jiaowu has one function per method and reaches the backend', async () => {
    const exposed: Record<string, unknown> = {};
    const electronForPreload = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: (channel: string, method: unknown, input: unknown) => record.ipcHandlers.get(channel)!(...([eventFrom(contents), method, input] as never[])) },
    };
    // A sandboxed preload may require only a few modules; this one needs electron alone.
    const required: string[] = [];
    const module = { exports: {} };
    runInNewContext(readFileSync(join(OUT, 'preload', 'index.cjs'), 'utf8'), {
      require: (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`preload required ${id}`);
        return electronForPreload;
      },
      module,
      exports: module.exports,
    });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['jiaowu', 'jiaowuShell']);
    const bridge = exposed.jiaowu as JiaowuBridge;
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    const listed = await bridge['semesters.list']();
    expect(listed).toEqual({ ok: true, value: { rows: [], total: 0 } });

    // An export job made by the built report worker, saved where the save dialog says, then shown.
    expect((await bridge['exchange.import']({ document: readFixture('provincial-small.json') })).ok).toBe(true);
    const started = await bridge['reports.start']({ request: { kind: 'semester', semester: '2026A' }, format: 'xlsx' });
    if (!started.ok) throw new Error(started.error.message);
    await expect.poll(async () => ((await bridge['reports.progress']({ job: started.value.job })) as { value: { state: string } }).value.state, { timeout: 60_000 }).toBe('done');
    const shell = exposed.jiaowuShell as DesktopShell;
    const path = join(tmp.dir, '学期报表.xlsx');
    record.saveAnswer = { canceled: false, filePath: path };
    expect(await shell.saveReport(started.value.job)).toEqual({ ok: true, value: { path } });
    expect(record.saveDialogs.at(-1)).toMatchObject({ title: '保存报表', defaultPath: expect.stringMatching(/学期教学指标统计表.*\.xlsx$/) });
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    expect(await shell.showInFolder(path)).toEqual({ ok: true, value: null });
    expect(record.shownInFolder).toEqual([path]);
  }, 90_000);

  it('closes the store and ends the backend when the app quits', async () => {
    const proc = record.utilityProcesses[0]!;
    const exited = new Promise((ok) => proc.child.once('exit', ok));
    let prevented = false;
    fake.current!.electron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await exited;
    await new Promise((ok) => setTimeout(ok, 10));
    expect(record.quitCalls).toBe(1);
  });
});
