// Reports: the model (for an in-app view), the HTML view (for a preview frame and the shell's
// printToPDF), and the exported file (xlsx, PDF or docx) as base64.
import { z } from 'zod';
import { dateSchema, idSchema, yearSchema } from '../../domain/schemas.ts';
import type { ReportModel } from '../../reports/model.ts';
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

export const reportMethods = {
  'reports.model': query(reportRequestSchema, modelResult),
  'reports.html': query(reportRequestSchema, z.object({ title: z.string(), fileName: z.string(), html: z.string() })),
  'reports.export': query(
    z.object({ request: reportRequestSchema, format: z.enum(REPORT_FORMATS, { message: '报表格式应为 xlsx、pdf 或 docx' }) }),
    z.object({ fileName: z.string(), mimeType: z.string(), bytes: z.number(), base64: z.string() }),
  ),
};
