// Handlers of the Excel exchange.
import type { xlsxMethods } from '../../../shared/api/methods/xlsx.ts';
import { exportExchange } from '../exchange/json-export.ts';
import { importXlsx, previewXlsx, problemsWorkbook } from '../exchange/xlsx/import.ts';
import { workbookDataFromDocument, writeExchangeWorkbook } from '../exchange/xlsx/template.ts';
import type { HandlerMap } from './handler.ts';

const bytes = (base64: string): Buffer => Buffer.from(base64, 'base64');
const today = (): string => new Date().toISOString().slice(0, 10);

export const xlsxHandlers: HandlerMap<typeof xlsxMethods> = {
  'xlsx.template': async (ctx, { withData }) => {
    const data = withData ? workbookDataFromDocument(exportExchange(ctx)) : null;
    const file = await writeExchangeWorkbook(data);
    return { fileName: withData ? `教务通数据导出-${today()}.xlsx` : '教务通数据导入模板.xlsx', base64: file.toString('base64') };
  },
  'xlsx.preview': (ctx, { base64 }) => previewXlsx(ctx, bytes(base64)),
  'xlsx.import': (ctx, { base64 }) => importXlsx(ctx, bytes(base64)),
  'xlsx.problemsWorkbook': async (ctx, { base64, fileName }) => {
    const result = await problemsWorkbook(ctx, bytes(base64));
    const base = (fileName ?? '导入文件').replace(/\.xlsx$/i, '');
    return { fileName: `${base}-问题标注.xlsx`, base64: result.bytes.toString('base64'), problems: result.problems };
  },
};
