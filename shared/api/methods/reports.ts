// Reports: the model (for an in-app view), the HTML view (for a preview frame: long tables cut to their first rows; and the shell's
// printToPDF), the exported file in one call (the CLI), and export jobs with progress (the UI): a big
// school's report takes seconds, so the app starts a job, polls its progress, may cancel it, and then
// fetches the file (browser mode) or lets the desktop shell save it where the user says.
import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from '../../domain/schemas.ts';
import type { ReportModel } from '../../reports/model.ts';
import { REPORT_STAGES } from '../../reports/progress.ts';
import { query } from '../method.ts';

export const REPORT_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('semester'), semester: idSchema }),
  z.object({ kind: z.literal('faculty'), semester: idSchema }),
  z.object({ kind: z.literal('renewal'), year: yearSchema }),
  z.object({ kind: z.literal('compliance'), asOf: dateSchema }),
]);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** The model is made by the backend itself, so it is typed, not re-validated. */
const modelResult = z.custom<ReportModel>(() => true);

const exportRequest = z.object({
  request: reportRequestSchema,
  format: z.enum(REPORT_FORMATS, { message: '报表格式应为 xlsx、pdf 或 docx' }),
});
const reportFile = z.object({ fileName: z.string(), mimeType: z.string(), bytes: z.number(), base64: z.string() });
/** In-process callers may name the file to write instead (`into`, a ReportFile of the backend): the answer then has no base64. */
const exportInto = exportRequest.extend({ into: z.unknown().optional() });
const exportedFile = reportFile.partial({ base64: true });
const jobRef = z.object({ job: z.string().trim().regex(/^[0-9a-f-]{36}$/, '导出任务编号无效') });

export const REPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const reportProgressSchema = z.object({
  job: z.string(),
  state: z.enum(REPORT_JOB_STATES),
  stage: z.enum(REPORT_STAGES),
  /** Work done and to do within the stage (rows of the tables); 0/0 when the stage has no count. */
  done: z.number(),
  total: z.number(),
  /** 0-100, from the stage and its count (shared/reports/progress.ts). */
  percent: z.number(),
  fileName: z.string(),
  bytes: z.number().optional(),
  error: z.string().optional(),
});
export type ReportProgress = z.infer<typeof reportProgressSchema>;

export const reportMethods = {
  'reports.model': query(reportRequestSchema, modelResult),
  'reports.html': query(reportRequestSchema, z.object({ title: z.string(), fileName: z.string(), html: z.string() })),
  'reports.export': query(exportInto, exportedFile),
  'reports.start': query(exportRequest, reportProgressSchema),
  'reports.progress': query(jobRef, reportProgressSchema),
  'reports.result': query(jobRef, reportFile),
  'reports.cancel': query(jobRef, reportProgressSchema),
};
