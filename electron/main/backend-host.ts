// Runs the backend in an Electron utilityProcess (so a long import or export never freezes the window),
// opens the store in it, restarts it a few times if it dies, and feeds its messages to the relay. A store
// that does not open puts the backend in recovery mode: the window shows the recovery screen.
import { utilityProcess, type UtilityProcess } from 'electron';
import type { BackendToMain, MainToBackend } from '../backend/utility-protocol.ts';
import { BACKEND_UNAVAILABLE, type Relay } from './relay/relay.ts';
import { createRestartBudget } from './relay/restart-budget.ts';

export interface BackendHost {
  post(message: MainToBackend): void;
  /** Asks the backend to close the store, then ends the process (after at most `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
  /** Whether the backend serves recovery mode (its store did not open). */
  inRecovery(): boolean;
  /** The store file the backend has open, or failed to open. */
  storePath(): string;
  /** In recovery mode: opens another store file instead; answers whether it opened. */
  reopen(storePath: string): Promise<boolean>;
}

export function startBackendHost(entry: string, initialStorePath: string, getRelay: () => Relay): BackendHost {
  const budget = createRestartBudget();
  let child: UtilityProcess | null = null;
  let stopping = false;
  let storePath = initialStorePath;
  let recovery = false;
  const openWaiters: ((opened: boolean) => void)[] = [];

  const spawn = () => {
    const proc = utilityProcess.fork(entry, [], { serviceName: 'jiaowu-backend', stdio: 'inherit' });
    proc.on('message', (message: BackendToMain) => {
      if (message.type === 'ready' || message.type === 'open-failed') {
        storePath = message.storePath;
        recovery = message.type === 'open-failed';
        if (message.type === 'open-failed') console.error(`数据库无法打开，进入恢复模式：${message.error.message}`);
        for (const settle of openWaiters.splice(0)) settle(!recovery);
      }
      getRelay().receive(message);
    });
    proc.on('exit', (code) => {
      if (child === proc) child = null;
      getRelay().failPending(BACKEND_UNAVAILABLE);
      for (const settle of openWaiters.splice(0)) settle(false);
      if (stopping) return;
      console.error(`backend exited with code ${code}`);
      if (budget.allow(Date.now())) spawn();
    });
    proc.postMessage({ type: 'open', storePath } satisfies MainToBackend);
    child = proc;
  };
  spawn();

  return {
    post(message) {
      if (!child) throw new Error('backend is not running');
      child.postMessage(message);
    },
    inRecovery: () => recovery,
    storePath: () => storePath,
    reopen(path) {
      if (!child) return Promise.resolve(false);
      const proc = child;
      return new Promise<boolean>((settle) => {
        openWaiters.push(settle);
        proc.postMessage({ type: 'open', storePath: path } satisfies MainToBackend);
      });
    },
    stop(timeoutMs = 3000) {
      stopping = true;
      const proc = child;
      if (!proc) return Promise.resolve();
      return new Promise<void>((done) => {
        const timer = setTimeout(() => {
          proc.kill();
          done();
        }, timeoutMs);
        proc.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        proc.on('message', (message: BackendToMain) => {
          if (message.type === 'closed') proc.kill();
        });
        proc.postMessage({ type: 'close' } satisfies MainToBackend);
      });
    },
  };
}
