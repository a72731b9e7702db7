// Runs one report job: in a worker thread for a store on disk (so the backend keeps answering other
// calls while a big school's report is made, and cancelling stops the work at once), or in-process with
// turns of the event loop between steps for an in-memory store, which no other thread can open.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportFormat, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import type { Ctx } from '../../services/context.ts';
import type { JobMessage } from './messages.ts';
import { failureMessage, produceReport } from './produce.ts';

export interface RunningJob {
  /** Settles with the file, or rejects with the user-facing message; never both. */
  readonly file: Promise<Uint8Array>;
  cancel(): void;
}

/** The worker's entry: the source file under Node, a bundle of its own in the built app (set by the entry). */
let workerEntry = join(import.meta.dirname, 'worker.ts');
export function setReportWorkerEntry(path: string): void {
  workerEntry = path;
}

function inWorker(storePath: string, request: ReportRequest, format: ReportFormat, onMessage: (m: JobMessage) => void): RunningJob {
  const worker = new Worker(workerEntry, { workerData: { storePath, request, format } });
  // The worker never keeps a process alive on its own (the CLI, tests, a closing backend).
  worker.unref();
  let cancelled = false;
  const file = new Promise<Uint8Array>((resolve, reject) => {
    worker.on('message', (message: JobMessage) => {
      if (message.type === 'done') resolve(message.file);
      else if (message.type === 'failed') reject(new Error(message.message));
      else onMessage(message);
    });
    worker.on('error', (error) => reject(new Error(failureMessage(error))));
    worker.on('exit', (code) => reject(new Error(cancelled ? '已取消' : `内部错误：报表生成进程意外退出（${code}）`)));
  });
  return {
    file,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}

function inProcess(ctx: Ctx, request: ReportRequest, format: ReportFormat, onMessage: (m: JobMessage) => void): RunningJob {
  let cancelled = false;
  const post = (message: JobMessage) => {
    if (cancelled) throw new Error('已取消');
    onMessage(message);
  };
  // Started on a later turn, so that starting answers first, as with a worker.
  const file = new Promise<void>((resume) => setImmediate(resume))
    .then(() => produceReport(ctx, request, format, post))
    .catch((error: unknown) => {
      throw new Error(cancelled ? '已取消' : failureMessage(error));
    });
  return {
    file,
    cancel() {
      cancelled = true;
    },
  };
}

export function runReportJob(ctx: Ctx, request: ReportRequest, format: ReportFormat, onMessage: (m: JobMessage) => void): RunningJob {
  return ctx.path === ':memory:' ? inProcess(ctx, request, format, onMessage) : inWorker(ctx.path, request, format, onMessage);
}
