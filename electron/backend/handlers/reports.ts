// Handlers of the reports.
import type { reportMethods } from '../../../shared/api/methods/reports.ts';
import { buildReport, MIME_TYPES, writeReport } from '../reports/generate.ts';
import { reportHtml } from '../reports/html.ts';
import type { HandlerMap } from './handler.ts';

export const reportHandlers: HandlerMap<typeof reportMethods> = {
  'reports.model': (ctx, request) => buildReport(ctx, request),
  'reports.html': (ctx, request) => {
    const model = buildReport(ctx, request);
    return { title: model.title, fileName: model.fileName, html: reportHtml(model) };
  },
  'reports.export': async (ctx, { request, format }) => {
    const model = buildReport(ctx, request);
    const file = await writeReport(model, format);
    return { fileName: `${model.fileName}.${format}`, mimeType: MIME_TYPES[format], bytes: file.length, base64: file.toString('base64') };
  },
};
