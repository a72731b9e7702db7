// Handlers of the reports.
import type { reportMethods, ReportRequest } from '../../../shared/api/methods/reports.ts';
import { StoreError } from '../errors.ts';
import { buildReport, exportReportBytes, exportReportFile, MIME_TYPES } from '../reports/generate.ts';
import { PREVIEW_ROWS, reportHtml } from '../reports/html.ts';
import { reportJobsOf } from '../reports/jobs/registry.ts';
import { ReportFile } from '../reports/report-file.ts';
import type { Ctx } from '../services/context.ts';
import { requireSemester } from '../services/indicator-data.ts';
import type { HandlerMap } from './handler.ts';

/** A missing semester is said when the export starts, not seconds later by the job. */
function checkPeriod(ctx: Ctx, request: ReportRequest): void {
  if (request.kind === 'semester' || request.kind === 'faculty') requireSemester(ctx, request.semester);
}

export const reportHandlers: HandlerMap<typeof reportMethods> = {
  'reports.model': (ctx, request) => buildReport(ctx, request),
  'reports.html': (ctx, request) => {
    const model = buildReport(ctx, request);
    // The preview shows the first rows of a long table: the whole register would be a 15 MB page.
    return { title: model.title, fileName: model.fileName, html: reportHtml(model, { previewRows: PREVIEW_ROWS }) };
  },
  'reports.export': async (ctx, { request, format, into }) => {
    if (into !== undefined && !(into instanceof ReportFile)) throw new StoreError('VALIDATION', '参数 into 只能由本机命令行指定');
    if (into) return { ...(await exportReportFile(ctx, request, format, into.path)), mimeType: MIME_TYPES[format] };
    const { fileName, file } = await exportReportBytes(ctx, request, format);
    return { fileName, mimeType: MIME_TYPES[format], bytes: file.length, base64: file.toString('base64') };
  },
  'reports.start': (ctx, { request, format }, call) => {
    checkPeriod(ctx, request);
    return reportJobsOf(ctx).start(call.actor, request, format);
  },
  'reports.progress': (ctx, { job }, call) => reportJobsOf(ctx).progress(call.actor, job),
  'reports.result': (ctx, { job }, call) => reportJobsOf(ctx).result(call.actor, job),
  'reports.cancel': (ctx, { job }, call) => reportJobsOf(ctx).cancel(call.actor, job),
};
