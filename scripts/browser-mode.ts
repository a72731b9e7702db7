// Browser mode as a function, shared by `npm run web` and by `npm start` when Electron cannot run:
// builds the UI if it is missing, opens the store and serves both on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../electron/backend/backend.ts';
import { defaultStorePath } from '../electron/backend/default-store.ts';
import { startWebServer } from '../electron/web/server.ts';

export const ROOT = join(import.meta.dirname, '..');
export const UI_ROOT = join(ROOT, 'out', 'renderer');
export const DEFAULT_PORT = 5823;

/** Builds main, preload and renderer into out/ with electron-vite; build errors go to stderr. */
export function buildApp(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface BrowserMode {
  url: string;
  storePath: string;
  stop(): Promise<void>;
}

export async function startBrowserMode(options: { db?: string; port?: number; rebuild?: boolean } = {}): Promise<BrowserMode> {
  if (options.rebuild || !existsSync(join(UI_ROOT, 'index.html'))) {
    console.error('正在构建界面……');
    buildApp();
  }
  const backend = openBackend(options.db ?? defaultStorePath());
  try {
    const web = await startWebServer(backend, { port: options.port ?? DEFAULT_PORT, uiRoot: UI_ROOT });
    return {
      url: web.url,
      storePath: backend.store.path,
      async stop() {
        await web.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

/** Stops the server and closes the store on Ctrl+C or a termination signal. */
export function stopOnSignals(mode: BrowserMode): void {
  const stop = () => void mode.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
