// Recovery mode in the desktop shell, without Electron's binary: the main process's own recovery actions
// (file dialog, quit) with injected fakes, and the BUILT main process (fake electron module, real backend
// child process) started on a damaged store in the user data folder.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopRecoveryAnswer, type DesktopRecovery } from '../../electron/main/recovery-actions.ts';
import { createRelay } from '../../electron/main/relay/relay.ts';
import type { MainToBackend } from '../../electron/backend/utility-protocol.ts';
import { createFakeElectron, type FakeWebContents } from './fake/electron.ts';
import { overwriteMiddle, storeWithBackup } from '../trust/damage.ts';
import { tempDir } from '../helpers.ts';

function fakeShell(overrides: Partial<DesktopRecovery> = {}) {
  const log: string[] = [];
  const shell: DesktopRecovery = {
    inRecovery: () => true,
    chooseStoreFile: async () => (log.push('dialog'), '/data/other.sqlite'),
    reopen: async (path) => (log.push(`reopen ${path}`), true),
    quit: () => log.push('quit'),
    ...overrides,
  };
  return { shell, log };
}

describe('desktop recovery actions (injected fakes)', () => {
  it('answers only recovery.openOther and recovery.quit, and only in recovery mode', () => {
    const { shell, log } = fakeShell({ inRecovery: () => false });
    const answer = desktopRecoveryAnswer(shell);
    expect(answer('recovery.quit', {})).toBeNull();
    expect(answer('recovery.openOther', {})).toBeNull();
    const inRecovery = desktopRecoveryAnswer(fakeShell().shell);
    for (const method of ['recovery.status', 'recovery.restore', 'trainees.list'] as const) expect(inRecovery(method, {})).toBeNull();
    expect(log).toEqual([]);
  });

  it('opens the file the user picks, or nothing when they cancel', async () => {
    const { shell, log } = fakeShell();
    expect(await desktopRecoveryAnswer(shell)('recovery.openOther', {})).toEqual({ ok: true, value: { opened: true, storePath: '/data/other.sqlite' } });
    expect(log).toEqual(['dialog', 'reopen /data/other.sqlite']);
    const cancelled = fakeShell({ chooseStoreFile: async () => null });
    expect(await desktopRecoveryAnswer(cancelled.shell)('recovery.openOther', {})).toEqual({ ok: true, value: { opened: false, storePath: null } });
    expect(cancelled.log).toEqual([]);
  });

  it('quits, and validates the input like every method', async () => {
    const { shell, log } = fakeShell();
    const answer = desktopRecoveryAnswer(shell);
    expect(await answer('recovery.quit', 'not an object')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(log).toEqual([]);
    expect(await answer('recovery.quit', {})).toEqual({ ok: true, value: { quitting: true } });
    expect(log).toEqual(['quit']);
  });

  it('the relay answers them locally, after its sender check, without reaching the backend', async () => {
    const sent: MainToBackend[] = [];
    const { shell, log } = fakeShell();
    const relay = createRelay({ post: (m) => sent.push(m), isTrusted: (s) => s.webContentsId === 1, answerLocally: desktopRecoveryAnswer(shell) });
    const trusted = { frameUrl: 'app://jiaowu/index.html', isMainFrame: true, webContentsId: 1 };
    expect(await relay.call({ ...trusted, webContentsId: 2 }, 'recovery.quit', {})).toMatchObject({ ok: false });
    expect(log).toEqual([]);
    expect(await relay.call(trusted, 'recovery.quit', {})).toMatchObject({ ok: true });
    expect(log).toEqual(['quit']);
    expect(sent).toEqual([]);
  });
});

const OUT = join(import.meta.dirname, '..', '..', 'out');
const tmp = tempDir();
const fake = vi.hoisted(() => ({ current: null as null | ReturnType<typeof createFakeElectron> }));
vi.mock('electron', () => fake.current!.electron);
type Invoke = (event: unknown, method: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
let record: ReturnType<typeof createFakeElectron>['record'];
let invoke: (method: string, input?: unknown) => ReturnType<Invoke>;
let storePath = '';
let goodCopy = '';

beforeAll(async () => {
  const appData = join(tmp.dir, 'appData');
  mkdirSync(join(appData, 'jiaowu'), { recursive: true });
  ({ path: storePath } = await storeWithBackup(join(appData, 'jiaowu'), 'jiaowu.sqlite'));
  goodCopy = join(tmp.dir, 'elsewhere.sqlite');
  copyFileSync(storePath, goodCopy);
  overwriteMiddle(storePath);
  fake.current = createFakeElectron(appData);
  record = fake.current.record;
  await import(join(OUT, 'main', 'index.js'));
  await new Promise((ok) => setTimeout(ok, 0));
  const handler = [...record.ipcHandlers.values()][0] as unknown as Invoke;
  const contents = record.windows[0]!.webContents as FakeWebContents;
  invoke = (method, input = {}) => handler({ sender: contents, senderFrame: contents.mainFrame }, method, input);
});

afterAll(async () => {
  // quit the way the app does (the backend closes the store and is not restarted)
  const exited = new Promise((ok) => record.utilityProcesses.at(-1)!.child.once('exit', ok));
  fake.current!.electron.app.emit('will-quit', { preventDefault: () => {} });
  await exited;
  for (const proc of record.utilityProcesses) if (proc.child.exitCode === null) proc.kill();
  tmp.cleanup();
});

describe('built main process on a damaged store (fake electron module)', () => {
  it('enters recovery mode instead of failing once the integrity check finds the damage: the window gets the recovery status, no error box, no exit', async () => {
    // pages damaged in the middle: the store opens, and its integrity check (2 s after open) finds the damage
    const status = await vi.waitFor(
      async () => {
        const answer = await invoke('recovery.status');
        if ((answer.value as { mode?: string } | undefined)?.mode !== 'recovery') throw new Error('not in recovery mode yet');
        return answer;
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', kind: 'corrupt', storePath, canRestore: true } });
    expect((status.value as { backups: { reason: string }[] }).backups.map((b) => b.reason)).toContain('manual');
    expect(await invoke('app.info')).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
    expect(record.errorBoxes).toEqual([]);
    expect(record.utilityProcesses).toHaveLength(1);
    expect(record.utilityProcesses[0]!.child.exitCode).toBeNull();
  });

  it('quit asks the app to quit', async () => {
    expect(await invoke('recovery.quit')).toEqual({ ok: true, value: { quitting: true } });
    await new Promise((ok) => setImmediate(ok));
    expect(record.quitCalls).toBe(1);
  });

  it('opens another store file the user picks in the dialog; recovery actions then go to the backend, which refuses them', async () => {
    expect(await invoke('recovery.openOther')).toEqual({ ok: true, value: { opened: false, storePath: null } });
    record.openDialogAnswers.push(goodCopy);
    expect(await invoke('recovery.openOther')).toEqual({ ok: true, value: { opened: true, storePath: goodCopy } });
    expect(record.openDialogs).toBe(2);
    expect(await invoke('recovery.status')).toEqual({ ok: true, value: { mode: 'normal', integrity: 'ok' } });
    expect(await invoke('app.info')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await invoke('recovery.quit')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(record.quitCalls).toBe(1);
  });
});
