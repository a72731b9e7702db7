import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder's name. The Electron shell sets app.getPath('userData') to this folder too. */
export const USER_DATA_FOLDER = 'jiaowu';
export const STORE_FILE_NAME = 'jiaowu.sqlite';

/** The platform's per-user application-data folder: what Electron's app.getPath('appData') answers. */
export function appDataPath(): string {
  const home = homedir();
  if (process.platform === 'win32') return process.env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? join(home, '.config');
}

/**
 * The user's default store, in the folder the desktop app uses as userData (appData/jiaowu), so the
 * desktop app, browser mode and the CLI open the same file.
 */
export function defaultStorePath(): string {
  return join(appDataPath(), USER_DATA_FOLDER, STORE_FILE_NAME);
}
