// The real UI in Debian's Chromium, wired the way the desktop app wires it, minus Electron itself: pages
// come from the app:// responder (same files, same headers), the HTTP API is cut off, and window.jiaowu
// is a bridge with one function per method whose calls go through the main process's relay (sender and
// method checks, request ids) into the backend's utility-process server on a real SQLite file.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import { openBackend } from '../../electron/backend/backend.ts';
import type { BackendToMain, ParentPortLike } from '../../electron/backend/utility-protocol.ts';
import { serveBackend } from '../../electron/backend/utility-server.ts';
import { appProtocolResponse } from '../../electron/main/protocol-response.ts';
import { createRelay } from '../../electron/main/relay/relay.ts';
import { isTrustedSender } from '../../electron/main/security/sender.ts';
import { createReportSaver } from '../../electron/main/shell/report-saver.ts';
import { SCREENSHOTS } from '../e2e/harness.ts';
import { TEST_ADMIN, tempDir } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const UI = join(ROOT, 'out', 'renderer');
const tmp = tempDir();
let server: Server;
let browser: Browser;
let url = '';
let apiRequests = 0;
const relayed: string[] = [];

// The backend's side of the utilityProcess, in this process, behind a message port.
const listeners: ((event: { data: unknown }) => void)[] = [];
let toMain: (message: BackendToMain) => void = () => {};
const port: ParentPortLike = {
  on: (_event, listener) => listeners.push(listener),
  postMessage: (message) => setImmediate(() => toMain(structuredClone(message))),
};
serveBackend(port, openBackend);
const relay = createRelay({
  post: (message) => setImmediate(() => listeners.forEach((l) => l({ data: structuredClone(message) }))),
  isTrusted: (sender) => isTrustedSender(sender, 1),
});
toMain = (message) => relay.receive(message);
const storePath = join(tmp.dir, 'jiaowu.sqlite');
listeners.forEach((l) => l({ data: { type: 'open', storePath } }));

beforeAll(async () => {
  if (!existsSync(join(UI, 'index.html'))) throw new Error('out/ is missing: run `npm run build` first (npm test does)');
  server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/api/')) apiRequests++;
    void appProtocolResponse(UI, { url: `app://jiaowu${req.url ?? '/'}`, method: req.method ?? 'GET' }).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  listeners.forEach((l) => l({ data: { type: 'close' } }));
  await new Promise((ok) => setTimeout(ok, 50));
  tmp.cleanup();
});

describe('the UI over the desktop bridge', () => {
  it('starts, loads the demo school and lists its classes, with no HTTP API call', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // Chromium asks an http page for /favicon.ico; app:// pages in Electron do not.
    page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && problems.push(m.text()));
    // What the preload's contextBridge gives the page: window.jiaowu, one function per method.
    await context.exposeFunction('__relay', (method: unknown, input: unknown) => {
      relayed.push(String(method));
      return relay.call({ frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: 1 }, method, input);
    });
    await context.addInitScript((methods: string[]) => {
      const relayCall = (globalThis as unknown as { __relay: (m: string, i: unknown) => Promise<unknown> }).__relay;
      const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const method of methods) bridge[method] = (input?: unknown) => relayCall(method, input ?? {});
      Object.defineProperty(globalThis, 'jiaowu', { value: Object.freeze(bridge) });
    }, METHOD_NAMES);

    // the window signs in first (the main process keeps the session for it)
    await relay.call({ frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: 1 }, 'auth.setup', TEST_ADMIN);
    await page.goto(url);
    await page.getByRole('heading', { name: '欢迎使用教务通' }).waitFor();
    await page.getByText(storePath).first().waitFor();
    await page.getByRole('button', { name: '载入示范数据' }).click();
    await page.getByTestId('institution-name').filter({ hasText: '某省委党校' }).waitFor({ timeout: 60_000 });
    await page.getByRole('navigation').getByRole('link', { name: '班次', exact: true }).click();
    await page.getByText('第1期科级干部培训班').first().waitFor();
    // JIAOWU_SHOTS=DIR keeps the screenshot for a look.
    await page.screenshot({ path: join(process.env.JIAOWU_SHOTS ?? tmp.dir, 'desktop-classes.png') });

    expect(apiRequests).toBe(0);
    expect(relayed).toContain('app.info');
    expect(relayed).toContain('exchange.import');
    expect(relayed).toContain('classes.list');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports a report with progress, saves it where the save dialog says and shows it in its folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const window = { frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: 1 };
    const saveTo = join(tmp.dir, '导出', '学期教学指标统计表.docx');
    const dialogs: string[] = [];
    const shown: string[] = [];
    // The main process's saver, with Electron's dialog and shell faked and the file really written.
    const saver = createReportSaver({
      isTrusted: (sender) => isTrustedSender(sender, 1),
      fetchResult: (sender, job) => relay.call(sender, 'reports.result', { job }) as never,
      showSaveDialog: async (options) => (dialogs.push(options.defaultPath), { canceled: false, filePath: saveTo }),
      writeFile: async (path, bytes) => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, bytes);
      },
      showItemInFolder: (path) => shown.push(path),
      defaultFolder: () => tmp.dir,
    });
    await context.exposeFunction('__relay', (method: unknown, input: unknown) => relay.call(window, method, input));
    await context.exposeFunction('__save', (job: unknown) => saver.save(window, job));
    await context.exposeFunction('__show', (path: unknown) => saver.show(window, path));
    await context.addInitScript((methods: string[]) => {
      const g = globalThis as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const method of methods) bridge[method] = (input?: unknown) => g.__relay!(method, input ?? {});
      Object.defineProperty(globalThis, 'jiaowu', { value: Object.freeze(bridge) });
      const shell = { saveReport: (job: string) => g.__save!(job), showInFolder: (path: string) => g.__show!(path) };
      Object.defineProperty(globalThis, 'jiaowuShell', { value: Object.freeze(shell) });
    }, METHOD_NAMES);

    await page.goto(`${url}#/reports`);
    await page.getByRole('button', { name: '导出 Word' }).click();
    const panel = page.getByTestId('report-export');
    await panel.getByRole('button', { name: '保存到…' }).click();
    await panel.getByRole('button', { name: '打开所在文件夹' }).waitFor();
    await panel.filter({ hasText: `已保存到 ${saveTo}` }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'reports-export-desktop.png') });
    await panel.getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => shown).toEqual([saveTo]);
    expect(dialogs[0]).toMatch(/学期教学指标统计表-.*\.docx$/);
    expect(readFileSync(saveTo).subarray(0, 2).toString()).toBe('PK');
    expect(problems).toEqual([]);
    await context.close();
  });
});
