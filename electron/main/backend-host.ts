// Runs the backend in an Electron utilityProcess (so a long import or export never freezes the window),
// opens the store in it, restarts it a few times if it dies, and feeds its messages to the relay.
import { dialog, utilityProcess, type UtilityProcess } from 'electron';
import type { BackendToMain, MainToBackend } from '../backend/utility-protocol.ts';
import { BACKEND_UNAVAILABLE, type Relay } from './relay/relay.ts';
import { createRestartBudget } from './relay/restart-budget.ts';

export interface BackendHost {
  post(message: MainToBackend): void;
  /** Asks the backend to close the store, then ends the process (after at most `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

export function startBackendHost(entry: string, storePath: string, getRelay: () => Relay): BackendHost {
  const budget = createRestartBudget();
  let child: UtilityProcess | null = null;
  let stopping = false;
  let reportedOpenFailure = false;

  const spawn = () => {
    const proc = utilityProcess.fork(entry, [], { serviceName: 'jiaowu-backend', stdio: 'inherit' });
    proc.on('message', (message: BackendToMain) => {
      if (message.type === 'open-failed' && !reportedOpenFailure) {
        reportedOpenFailure = true;
        dialog.showErrorBox('无法打开数据库', message.error.message);
      }
      getRelay().receive(message);
    });
    proc.on('exit', (code) => {
      if (child === proc) child = null;
      getRelay().failPending(BACKEND_UNAVAILABLE);
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
