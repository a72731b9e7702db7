import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The user's default store, in the same folder Electron's app.getPath('userData') gives for 教务通,
 * so the desktop app, browser mode and the CLI open the same file.
 */
export function defaultStorePath(): string {
  const home = homedir();
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'jiaowu', 'jiaowu.sqlite');
}
