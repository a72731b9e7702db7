// The export jobs of one open store: started by a user, polled for progress, cancelled, and their files
// fetched. A job is only visible to the user who started it. Finished files are kept a while (the
// desktop app may save one twice), a few at most, since a big school's report is tens of megabytes.
import { randomUUID } from 'node:crypto';
import type { ReportFormat, ReportProgress, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import { reportPercent, type ReportStage } from '../../../../shared/reports/progress.ts';
import type { Actor } from '../../auth/actor.ts';
import { StoreError } from '../../errors.ts';
import type { Ctx } from '../../services/context.ts';
import { MIME_TYPES } from '../generate.ts';
import { runReportJob, type RunningJob } from './run.ts';

/** Reports made at the same time: each holds a whole report in memory. */
export const MAX_RUNNING = 2;
const KEEP_FINISHED = 4;
const KEEP_MS = 15 * 60_000;

interface Job {
  id: string;
  owner: string;
  format: ReportFormat;
  state: ReportProgress['state'];
  stage: ReportStage;
  done: number;
  total: number;
  fileName: string;
  error?: string;
  file?: Uint8Array;
  finishedAt?: number;
  running: RunningJob;
}

const ownerOf = (actor: Actor): string => actor.userId ?? actor.username;

function progressOf(job: Job): ReportProgress {
  return {
    job: job.id,
    state: job.state,
    stage: job.stage,
    done: job.done,
    total: job.total,
    percent: reportPercent(job.stage, job.done, job.total),
    fileName: job.fileName,
    ...(job.file ? { bytes: job.file.length } : {}),
    ...(job.error ? { error: job.error } : {}),
  };
}

export interface ReportJobs {
  start(actor: Actor, request: ReportRequest, format: ReportFormat): ReportProgress;
  progress(actor: Actor, id: string): ReportProgress;
  result(actor: Actor, id: string): { fileName: string; mimeType: string; bytes: number; base64: string };
  cancel(actor: Actor, id: string): ReportProgress;
  /** Stops every running job (the store is closing). */
  stopAll(): void;
}

export function createReportJobs(ctx: Ctx, now: () => number = Date.now): ReportJobs {
  const jobs = new Map<string, Job>();

  const prune = () => {
    const finished = [...jobs.values()].filter((j) => j.finishedAt !== undefined).sort((a, b) => b.finishedAt! - a.finishedAt!);
    finished.forEach((job, i) => {
      if (i >= KEEP_FINISHED || now() - job.finishedAt! > KEEP_MS) jobs.delete(job.id);
    });
  };

  const find = (actor: Actor, id: string): Job => {
    prune();
    const job = jobs.get(id);
    if (!job || job.owner !== ownerOf(actor)) throw new StoreError('NOT_FOUND', '导出任务不存在或已过期，请重新导出');
    return job;
  };

  const finish = (job: Job, state: Job['state'], update: Partial<Job>) => {
    if (job.state !== 'running') return;
    Object.assign(job, update, { state, finishedAt: now() });
  };

  return {
    start(actor, request, format) {
      prune();
      const running = [...jobs.values()].filter((j) => j.state === 'running').length;
      if (running >= MAX_RUNNING) throw new StoreError('CONFLICT', `已有 ${running} 个报表正在生成，请等其完成或取消后再导出`);
      const id = randomUUID();
      const job: Job = { id, owner: ownerOf(actor), format, state: 'running', stage: 'queued', done: 0, total: 0, fileName: '', running: undefined as never };
      job.running = runReportJob(ctx, request, format, (message) => {
        if (message.type === 'stage') Object.assign(job, { stage: message.stage, done: 0, total: 0 });
        else if (message.type === 'rows') Object.assign(job, { done: message.done, total: message.total });
        else if (message.type === 'named') job.fileName = message.fileName;
      });
      job.running.file.then(
        (file) => finish(job, 'done', { file, stage: 'done', done: 0, total: 0 }),
        (error: Error) => finish(job, 'failed', { error: error.message }),
      );
      jobs.set(id, job);
      return progressOf(job);
    },
    progress: (actor, id) => progressOf(find(actor, id)),
    result(actor, id) {
      const job = find(actor, id);
      if (job.state === 'running') throw new StoreError('CONFLICT', '报表还在生成中，请稍候');
      if (!job.file) throw new StoreError('NOT_FOUND', job.error ? `报表未能生成：${job.error}` : '报表已取消，没有文件');
      return {
        fileName: job.fileName,
        mimeType: MIME_TYPES[job.format],
        bytes: job.file.length,
        base64: Buffer.from(job.file.buffer, job.file.byteOffset, job.file.length).toString('base64'),
      };
    },
    cancel(actor, id) {
      const job = find(actor, id);
      if (job.state === 'running') {
        job.running.cancel();
        finish(job, 'cancelled', {});
      }
      return progressOf(job);
    },
    stopAll() {
      for (const job of jobs.values()) if (job.state === 'running') job.running.cancel();
      jobs.clear();
    },
  };
}

const registries = new WeakMap<Ctx, ReportJobs>();

/** The jobs of an open store (one registry per store, made on first use). */
export function reportJobsOf(ctx: Ctx): ReportJobs {
  let jobs = registries.get(ctx);
  if (!jobs) registries.set(ctx, (jobs = createReportJobs(ctx)));
  return jobs;
}

/** Stops the jobs of a store that is closing, if it has any. */
export function stopReportJobs(ctx: Ctx): void {
  registries.get(ctx)?.stopAll();
}
