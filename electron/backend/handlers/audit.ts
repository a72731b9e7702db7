// Handlers of the audit log and of a trainee's personal data.
import type { auditMethods } from '../../../shared/api/methods/audit.ts';
import { auditCsv, auditXlsx } from '../audit/export.ts';
import { erasePersonalData, exportPersonalData } from '../audit/personal-data.ts';
import { listAudit } from '../audit/query.ts';
import type { HandlerMap } from './handler.ts';

export const auditHandlers: HandlerMap<typeof auditMethods> = {
  'audit.list': (ctx, f) => listAudit(ctx, f),
  'audit.export': async (ctx, { format, ...f }) => {
    const { rows } = listAudit(ctx, { ...f, limit: f.limit ?? 10_000 });
    const day = new Date().toISOString().slice(0, 10);
    return format === 'csv'
      ? { fileName: `操作日志-${day}.csv`, mimeType: 'text/csv', base64: auditCsv(rows).toString('base64'), rows: rows.length }
      : {
          fileName: `操作日志-${day}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: (await auditXlsx(rows)).toString('base64'),
          rows: rows.length,
        };
  },
  'personalData.export': (ctx, { trainee }) => exportPersonalData(ctx, trainee),
  'personalData.erase': (ctx, { trainee }) => erasePersonalData(ctx, trainee),
};
