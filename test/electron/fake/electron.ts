// A stand-in for the `electron` module, enough to run the built main process (out/main/index.js) in Node
// where Electron's binary cannot be had. It records what the shell asked for; its utilityProcess is a
// real child process running the real built backend.
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

type Handler = (...args: never[]) => unknown;

export class FakeUtilityProcess extends EventEmitter {
  readonly child: ChildProcess;
  constructor(modulePath: string, args: string[]) {
    super();
    this.child = fork(modulePath, args, {
      execArgv: ['--import', join(import.meta.dirname, 'parent-port.ts')],
      serialization: 'advanced',
      stdio: 'inherit',
    });
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code) => this.emit('exit', code ?? 0));
  }
  postMessage(message: unknown) {
    this.child.send(message as never);
  }
  kill() {
    return this.child.kill();
  }
}

let nextWebContentsId = 1;
export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = { url: '', parent: null as unknown };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron(appData: string) {
  const record = {
    paths: new Map<string, string>([['appData', appData]]),
    sandboxEnabled: false,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Handler>(),
    windows: [] as FakeBrowserWindow[],
    utilityProcesses: [] as FakeUtilityProcess[],
    permissionRequest: null as Handler | null,
    permissionCheck: null as Handler | null,
    beforeRequest: null as { filter: { urls: string[] }; listener: Handler } | null,
    menu: null as unknown,
    errorBoxes: [] as [string, string][],
    openedExternal: [] as string[],
    /** What the save dialog answers; the dialogs' options are kept in saveDialogs. */
    saveAnswer: { canceled: true } as { canceled: boolean; filePath?: string },
    saveDialogs: [] as unknown[],
    shownInFolder: [] as string[],
    quitCalls: 0,
    /** What the next open-file dialogs answer, in turn (cancelled when none is left). */
    openDialogAnswers: [] as string[],
    openDialogs: 0,
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, path: string) => record.paths.set(name, path),
    getPath: (name: string) => record.paths.get(name) ?? join(appData, name),
    getVersion: () => '0.0.0-test',
    enableSandbox: () => (record.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => record.quitCalls++,
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl = '';
    readonly options: { webPreferences: Record<string, unknown> };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      super();
      this.options = options;
      record.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static fromWebContents(contents: FakeWebContents) {
      return record.windows.find((w) => w.webContents === contents) ?? null;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
    show() {}
  }

  const session = {
    setPermissionRequestHandler: (h: Handler) => (record.permissionRequest = h),
    setPermissionCheckHandler: (h: Handler) => (record.permissionCheck = h),
    setDevicePermissionHandler: () => {},
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: Handler) => (record.beforeRequest = { filter, listener }),
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => record.ipcHandlers.set(channel, handler) },
    utilityProcess: {
      fork: (modulePath: string, args: string[] = []) => {
        const proc = new FakeUtilityProcess(modulePath, args);
        record.utilityProcesses.push(proc);
        return proc;
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => record.errorBoxes.push([title, content]),
      showMessageBox: () => Promise.resolve({ response: 1 }),
      showSaveDialog: (...args: unknown[]) => (record.saveDialogs.push(args.at(-1)), Promise.resolve(record.saveAnswer)),
      showOpenDialog: () => {
        record.openDialogs++;
        const path = record.openDialogAnswers.shift();
        return Promise.resolve(path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] });
      },
    },
    shell: {
      openExternal: (url: string) => record.openedExternal.push(url),
      openPath: () => Promise.resolve(''),
      showItemInFolder: (path: string) => record.shownInFolder.push(path),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (record.menu = menu) },
  };
  return { electron, record };
}
