// The work of one report job, wherever it runs (a worker thread, or in-process for an in-memory store):
// collect the figures, lay out the tables, write the file, telling `post` at every step.
import type { ReportFormat, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import { StoreError } from '../../errors.ts';
import type { Ctx } from '../../services/context.ts';
import { exportReportBytes } from '../generate.ts';
import type { JobMessage } from './messages.ts';

export async function produceReport(ctx: Ctx, request: ReportRequest, format: ReportFormat, post: (message: JobMessage) => void): Promise<Uint8Array> {
  post({ type: 'stage', stage: 'collect' });
  const { file } = await exportReportBytes(ctx, request, format, {
    named(fileName) {
      post({ type: 'named', fileName });
      post({ type: 'stage', stage: 'tables' });
    },
    progress: {
      rows: (done, total) => post({ type: 'rows', done, total }),
      writing: () => post({ type: 'stage', stage: 'write' }),
    },
  });
  return new Uint8Array(file.buffer, file.byteOffset, file.length);
}

/** A failure as the user reads it: the backend's own Chinese message, or an internal error. */
export const failureMessage = (error: unknown): string =>
  error instanceof StoreError ? error.message : `内部错误：${(error as Error)?.message ?? String(error)}`;
