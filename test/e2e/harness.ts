/// <reference types="node" />
// The e2e harness: the built UI served by browser mode in this process, over a fresh store file, driven by
// Debian's Chromium through playwright-core. One `startApp()` per test file; `close()` ends Chromium too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openBackend, type Backend } from '../../electron/backend/backend.ts';
import { SESSION_COOKIE, startWebServer, type WebServer } from '../../electron/web/server.ts';
import { adminToken, tempDir } from '../helpers.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const UI_ROOT = join(ROOT, 'out', 'renderer');
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
export const DEMO_DOCUMENT = join(ROOT, 'renderer', 'public', 'demo', 'provincial-small.json');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds the UI once when `out/renderer` is missing (`npm test` has built it already). */
export function ensureBuilt(): void {
  if (existsSync(join(UI_ROOT, 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface App {
  page: Page;
  url: string;
  backend: Backend;
  storePath: string;
  /** Problems the page reported (uncaught errors, console errors): a test can assert there were none. */
  pageErrors: string[];
  /** Saves a PNG of the current page to docs/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Browser mode asks for a login: unless `signIn` is false, the harness creates the first administrator
 * (TEST_ADMIN) and hands the browser its session cookie, so screens open signed in.
 */
export async function startApp(options: { signIn?: boolean } = {}): Promise<App> {
  ensureBuilt();
  const { dir, cleanup } = tempDir('jiaowu-e2e-');
  const storePath = join(dir, 'store.sqlite');
  const backend = openBackend(storePath);
  let web: WebServer | undefined;
  let browser: Browser | undefined;
  try {
    web = await startWebServer(backend, { port: 0, uiRoot: UI_ROOT });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    if (options.signIn !== false) {
      const token = await adminToken(backend);
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: web.url, httpOnly: true, sameSite: 'Strict' }]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await page.goto(web.url);
    // Signed in, the start page sends the app on to its first screen (welcome or planner): wait for that, or
    // its late redirect could replace an address a test goes to next.
    if (options.signIn !== false) await page.waitForURL(/#\/(welcome|planner)/);
    const started = { web, browser };
    return {
      page,
      url: web.url,
      backend,
      storePath,
      pageErrors,
      async screenshot(name) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      },
      async close() {
        await started.browser.close();
        await started.web.close();
        await backend.close();
        cleanup();
      },
    };
  } catch (error) {
    await browser?.close();
    await web?.close();
    await backend.close();
    cleanup();
    throw error;
  }
}
