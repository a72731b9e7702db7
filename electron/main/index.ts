// The Electron main process: one window on app://jiaowu/, the backend in a utilityProcess, one checked
// IPC channel between them. Everything that decides something lives in small pure modules beside this.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import { STORE_FILE_NAME, USER_DATA_FOLDER } from '../backend/default-store.ts';
import { startBackendHost, type BackendHost } from './backend-host.ts';
import { installMenu } from './menu.ts';
import { desktopRecoveryAnswer } from './recovery-actions.ts';
import { BACKEND_ENTRY, PRELOAD_PATH, RENDERER_ROOT } from './paths.ts';
import { registerAppSchemePrivileges, serveAppScheme } from './protocol.ts';
import { handleRelayChannel } from './relay/ipc.ts';
import { createRelay, type Relay } from './relay/relay.ts';
import { isTrustedSender, type SenderInfo } from './security/sender.ts';
import { applySessionPolicy } from './session-policy.ts';
import { handleShellChannels } from './shell/ipc.ts';
import { createReportSaver, type ReportSaverDeps } from './shell/report-saver.ts';
import { guardWebContents } from './web-contents-guards.ts';
import { createMainWindow } from './window.ts';

// The same folder browser mode and the CLI use (electron/backend/default-store.ts), not one named after
// the product's Chinese name.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
const storePath = join(app.getPath('userData'), STORE_FILE_NAME);

// Windows groups the taskbar button and notifications by this id; it matches electron-builder's appId.
if (process.platform === 'win32') app.setAppUserModelId('cn.jiaowu.desktop');
app.enableSandbox();
registerAppSchemePrivileges();

let mainWindow: BrowserWindow | null = null;
let backend: BackendHost | null = null;

const showWindow = () => {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(PRELOAD_PATH);
    mainWindow.on('closed', () => (mainWindow = null));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

if (!app.requestSingleInstanceLock()) {
  // Another 教务通 already has the store open: it comes to the front instead (second-instance below).
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  /** Only our window's top-level frame on app://jiaowu/ may call the backend or the shell. */
  const isTrusted = (sender: SenderInfo) => isTrustedSender(sender, mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null);
  const relay: Relay = createRelay({
    post: (message) => {
      if (!backend) throw new Error('backend is not running');
      backend.post(message);
    },
    isTrusted,
    answerLocally: desktopRecoveryAnswer({
      inRecovery: () => backend?.inRecovery() ?? false,
      async chooseStoreFile() {
        const options = {
          title: '打开其他数据库文件',
          filters: [{ name: '教务通数据库', extensions: ['sqlite', 'db'] }],
          properties: ['openFile' as const],
        };
        const chosen = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      },
      reopen: (path) => backend?.reopen(path) ?? Promise.resolve(false),
      quit: () => setImmediate(() => app.quit()),
    }),
  });
  const saver = createReportSaver({
    isTrusted,
    fetchResult: (sender, job) => relay.call(sender, 'reports.result', { job }) as ReturnType<ReportSaverDeps['fetchResult']>,
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    writeFile: (path, bytes) => writeFile(path, bytes),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    defaultFolder: () => app.getPath('documents'),
  });

  void app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession);
    serveAppScheme(RENDERER_ROOT);
    backend = startBackendHost(BACKEND_ENTRY, storePath, () => relay);
    handleRelayChannel(relay);
    handleShellChannels(saver);
    installMenu(() => mainWindow, () => backend?.storePath() ?? storePath);
    showWindow();
    app.on('activate', showWindow);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the store cleanly (WAL checkpoint) before the process ends.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !backend) return;
    quitting = true;
    event.preventDefault();
    void backend.stop().finally(() => app.quit());
  });
}
