// The full integrity check of a store (`PRAGMA quick_check`, 1-3 s on a large school's store), run on a
// read-only connection of its own in a worker thread, so the store is usable at once while it runs.
// The worker is given as source text, so it needs no file of its own next to the bundled backend.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { z } from 'zod';
import type { integritySchema, INTEGRITY_STATUSES } from '../../../shared/api/methods/store.ts';
import { openFailureMessage } from '../recovery/diagnose.ts';

export type IntegrityStatus = (typeof INTEGRITY_STATUSES)[number];

export interface IntegrityState {
  status: IntegrityStatus;
  /** Chinese, for `corrupt` (the same message as a damaged store found at open) and `unknown` (why the check could not run). */
  message?: string;
  /** For `corrupt`: what SQLite found. */
  detail?: string;
}

/** Where the background check's time went (for `npm run bench`), once its worker has ended. */
export interface IntegrityTiming {
  /** From creating the worker until it ended. */
  totalMs: number;
  /** The `quick_check` statement alone, as the worker timed it. */
  statementMs: number;
}

export interface IntegrityCheck {
  /** The state now: `checking` until the check has answered. */
  readonly state: IntegrityState;
  /** Set once a background check's worker has ended with an answer. */
  readonly timing: IntegrityTiming | undefined;
  /** Resolves once the store is known to be damaged (by the check, or by a query that met a damaged page). */
  readonly whenCorrupt: Promise<IntegrityState>;
  /** Starts the check now if it has not started yet, and resolves with the state once it has answered. */
  result(): Promise<IntegrityState>;
  /** A query met a damaged page: the store is damaged whatever the check said. */
  found(detail: string): void;
  /** The file was replaced by a verified backup: it is intact, and a check still running is disregarded. */
  restored(): void;
  /** Does not start a check that has not started; waits for one that is running to end. */
  stop(): Promise<void>;
}

// The answer is posted after the connection is closed, and taken once the thread has ended: the
// store's own connection must be the last to close, so that SQLite removes the write-ahead log.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
let answer;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const started = performance.now();
  const rows = db.pragma('quick_check(20)').map((row) => row.quick_check);
  answer = { ok: rows.length === 1 && rows[0] === 'ok', findings: rows, statementMs: performance.now() - started };
} catch (error) {
  answer = { ok: false, failed: String(error && error.message), code: error && error.code };
} finally {
  if (db) db.close();
}
parentPort.postMessage(answer);
`;

interface Answer {
  ok: boolean;
  findings?: string[];
  failed?: string;
  code?: string;
  statementMs?: number;
}

/** What the API shows of the state (`app.info`): the status and its Chinese message. */
export const shownState = ({ status, message }: IntegrityState): z.infer<typeof integritySchema> => (message === undefined ? { status } : { status, message });

const corrupt = (path: string, detail: string): IntegrityState => ({ status: 'corrupt', message: openFailureMessage('corrupt', path, detail), detail });

function stateOf(path: string, answer: Answer | undefined): IntegrityState {
  if (!answer) return { status: 'unknown', message: '数据库完整性检查未完成' };
  if (answer.ok) return { status: 'ok' };
  if (answer.findings) return corrupt(path, answer.findings.join('；'));
  if (answer.code?.startsWith('SQLITE_CORRUPT') || answer.code === 'SQLITE_NOTADB') return corrupt(path, answer.failed ?? '');
  return { status: 'unknown', message: `无法完成数据库完整性检查：${answer.failed ?? ''}` };
}

/**
 * The integrity state of the store at `path`. With `delayMs`, the full check runs in a worker after that
 * delay (or at once when its result is asked for), so it does not compete with what a process does
 * first: the first screen's queries, a short command. Without it the store is known intact already
 * (checked in full at open, in memory, or a snapshot read by a connection that is not the store's own).
 */
export function integrityCheck(path: string, delayMs?: number): IntegrityCheck {
  let state: IntegrityState = { status: delayMs === undefined ? 'ok' : 'checking' };
  let running: Promise<void> | undefined;
  let timing: IntegrityTiming | undefined;
  let announceCorrupt!: (state: IntegrityState) => void;
  const whenCorrupt = new Promise<IntegrityState>((resolve) => (announceCorrupt = resolve));
  const become = (next: IntegrityState) => {
    state = next;
    if (next.status === 'corrupt') announceCorrupt(next);
  };
  const start = (): Promise<void> => {
    clearTimeout(timer);
    if (state.status !== 'checking') return running ?? Promise.resolve();
    running ??= new Promise<void>((resolve) => {
      const created = performance.now();
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { path, module: createRequire(import.meta.url).resolve('better-sqlite3') },
      });
      let answer: Answer | undefined;
      worker.once('message', (m: Answer) => (answer = m));
      worker.once('error', (error) => (answer = { ok: false, failed: error.message }));
      worker.once('exit', () => {
        if (answer?.statementMs !== undefined) timing = { totalMs: performance.now() - created, statementMs: answer.statementMs };
        // a restore or a damaged page met meanwhile has settled the state already
        if (state.status === 'checking') become(stateOf(path, answer));
        resolve();
      });
    });
    return running;
  };
  const timer = delayMs === undefined ? undefined : setTimeout(start, delayMs);
  // a process that has nothing else to do does not stay alive for the check
  timer?.unref();
  return {
    get state() {
      return state;
    },
    get timing() {
      return timing;
    },
    whenCorrupt,
    async result() {
      await start();
      return state;
    },
    found(detail) {
      if (state.status !== 'corrupt') become(corrupt(path, detail));
    },
    restored() {
      clearTimeout(timer);
      state = { status: 'ok' };
    },
    async stop() {
      clearTimeout(timer);
      await running;
    },
  };
}
