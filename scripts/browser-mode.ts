// Browser mode as a function, shared by `npm run web` and by `npm start` when Electron cannot run:
// builds the UI if it is missing, opens the store and serves both on 127.0.0.1. A store that cannot be
// opened is served in recovery mode (the page shows the recovery screen); the process keeps running.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStorePath } from '../electron/backend/default-store.ts';
import { startStoreService } from '../electron/backend/recovery/service.ts';
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

export interface BrowserModeOptions {
  db?: string | undefined;
  port?: number | undefined;
  rebuild?: boolean | undefined;
  /** The recovery screen's “退出” (quit): what to do once it has answered. */
  onQuit?: (mode: BrowserMode) => void;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  if (options.rebuild || !existsSync(join(UI_ROOT, 'index.html'))) {
    console.error('正在构建界面……');
    buildApp();
  }
  let mode: BrowserMode | undefined;
  const onQuit = options.onQuit;
  const service = startStoreService(options.db ?? defaultStorePath(), onQuit ? { onQuit: () => mode && onQuit(mode) } : {});
  try {
    const web = await startWebServer(service, { port: options.port ?? DEFAULT_PORT, uiRoot: UI_ROOT });
    mode = {
      url: web.url,
      storePath: service.storePath,
      async stop() {
        await web.close();
        await service.close();
      },
    };
    return mode;
  } catch (error) {
    await service.close();
    throw error;
  }
}

/** The recovery screen's quit: stops the server, closes the store and ends the process. */
export const exitProcess = (mode: BrowserMode): void => void mode.stop().finally(() => process.exit(0));

/** Stops the server and closes the store on Ctrl+C or a termination signal. */
export function stopOnSignals(mode: BrowserMode): void {
  const stop = () => void mode.stop().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
