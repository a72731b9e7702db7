// Excel exchange: the template (or the store's data as a workbook), an import preview that writes
// nothing, the all-or-nothing import, and the workbook with its bad cells marked. Files cross the
// boundary as base64 strings.
import { z } from 'zod';
import { command, query } from '../method.ts';
import { countsSchema } from './store.ts';

/** The largest workbook accepted; the backend refuses bigger files with the same limit. */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_XLSX_BYTES / 3) * 4;

export const base64File = z
  .string()
  .min(1, '请选择文件')
  .max(MAX_BASE64, `文件超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB，请拆分后再导入`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码无效（应为 base64）');

const fileOut = z.object({ fileName: z.string(), base64: z.string() });

export const xlsxProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});

export const xlsxPreviewSchema = z.object({
  valid: z.boolean(),
  counts: countsSchema,
  institution: z.boolean(),
  problems: z.array(xlsxProblemSchema),
  warnings: z.array(z.string()),
  examplesSkipped: z.number(),
  resolvedByName: z.number(),
});

const issue = z.object({ path: z.string(), message: z.string(), value: z.unknown().optional() });

export const xlsxMethods = {
  /** withData: the store's records instead of the examples, to edit in Excel and import back. */
  'xlsx.template': query(z.object({ withData: z.boolean().optional() }), fileOut),
  'xlsx.preview': query(z.object({ base64: base64File }), xlsxPreviewSchema),
  'xlsx.import': command(
    z.object({ base64: base64File }),
    z.object({ imported: countsSchema, warnings: z.array(issue), preview: xlsxPreviewSchema }),
  ),
  'xlsx.problemsWorkbook': query(z.object({ base64: base64File, fileName: z.string().max(200).optional() }), fileOut.extend({ problems: z.number() })),
};
