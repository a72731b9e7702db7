// Finds the Electron binary that the electron package downloads lazily (path.txt + dist/), and tries
// the package's own installer once, with a time limit, when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable inside `electronDir` (node_modules/electron), or null when it has not been downloaded. */
export function electronBinaryPath(electronDir: string): string | null {
  let relative: string;
  try {
    relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relative === '') return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/**
 * Runs node_modules/electron/install.js once, killed after `timeoutMs`, and answers the binary if it is
 * there afterwards. Its output is kept out of the terminal: `npm start` says what happened in one line.
 */
export function tryInstallElectron(electronDir: string, timeoutMs: number): string | null {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return null;
  spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: timeoutMs, killSignal: 'SIGKILL' });
  return electronBinaryPath(electronDir);
}
