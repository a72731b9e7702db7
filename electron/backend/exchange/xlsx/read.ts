// Reads a user's workbook into rows of raw cell values by field, remembering where each came from.
// Finds each sheet by its name, the header row among the first rows (a merged title above is fine),
// and each column by its header text in any order.
import type ExcelJS from 'exceljs';
import { normalizeToken } from '../../../../shared/exchange/cell-values.ts';
import type { FieldSpec } from '../../../../shared/exchange/fields.ts';
import { INSTRUCTIONS_SHEET, OPTIONS_SHEET, layoutForSheetName, type SheetKind, type SheetLayout } from './layout.ts';
import type { XlsxProblem } from './problem.ts';

export interface RawCell {
  value: unknown;
  col: number;
}

export interface RawRow {
  sheet: string;
  row: number;
  cells: Map<string, RawCell>;
}

export interface SheetRead {
  layout: SheetLayout;
  sheet: string;
  columns: Map<string, { col: number; label: string }>;
  rows: RawRow[];
}

const HEADER_SCAN_ROWS = 10;

/** A header's text compared with the field labels: no spaces, marks or explanations in brackets. */
function headerKey(text: string): string {
  return normalizeToken(text)
    .replace(/\(.*?\)|\[.*?\]|【.*?】/g, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

const GENERIC_HEADERS: Partial<Record<FieldSpec['type'], string[]>> = { id: ['编号', 'id'] };

function fieldForHeader(layout: SheetLayout, text: string): string | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  const exact = layout.fields.find((f) => headerKey(f.spec.label) === key || f.key.toLowerCase() === key);
  if (exact) return exact.key;
  return layout.fields.find((f) => GENERIC_HEADERS[f.spec.type]?.includes(key))?.key;
}

/** A cell's value as a plain value: rich text joined, formulas by their cached result, errors as empty. */
export function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ('error' in value) return undefined;
  return undefined;
}

const isBlank = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

function readSheet(ws: ExcelJS.Worksheet, layout: SheetLayout, problems: XlsxProblem[]): SheetRead {
  let best: { row: number; columns: Map<string, { col: number; label: string }> } | undefined;
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, ws.rowCount); r++) {
    const columns = new Map<string, { col: number; label: string }>();
    ws.getRow(r).eachCell((cell, col) => {
      const text = plainValue(cell.value);
      if (typeof text !== 'string') return;
      const key = fieldForHeader(layout, text);
      if (key && !columns.has(key)) columns.set(key, { col, label: normalizeToken(text) });
    });
    if (columns.size > (best?.columns.size ?? 0)) best = { row: r, columns };
  }
  const read: SheetRead = { layout, sheet: ws.name, columns: best?.columns ?? new Map(), rows: [] };
  if (!best) {
    problems.push({ sheet: ws.name, row: null, column: null, header: null, value: null, message: `未找到表头行（前 ${HEADER_SCAN_ROWS} 行中没有“${layout.fields[0]!.spec.label}”等列名），请使用模板中的表头` });
    return read;
  }
  for (const { key, spec } of layout.fields) {
    if ('required' in spec && spec.required && !best.columns.has(key))
      problems.push({ sheet: ws.name, row: best.row, column: null, header: spec.label, value: null, message: `缺少必填列“${spec.label}”` });
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r <= best.row) return;
    const cells = new Map<string, RawCell>();
    for (const [key, { col }] of best.columns) {
      const value = plainValue(row.getCell(col).value);
      if (!isBlank(value)) cells.set(key, { value, col });
    }
    if (cells.size > 0) read.rows.push({ sheet: ws.name, row: r, cells });
  });
  return read;
}

export interface WorkbookRead {
  sheets: Map<SheetKind, SheetRead>;
  ignoredSheets: string[];
}

export function readWorkbook(workbook: ExcelJS.Workbook, problems: XlsxProblem[]): WorkbookRead {
  const sheets = new Map<SheetKind, SheetRead>();
  const ignoredSheets: string[] = [];
  workbook.eachSheet((ws) => {
    if (ws.name === INSTRUCTIONS_SHEET || ws.name === OPTIONS_SHEET) return;
    const layout = layoutForSheetName(ws.name);
    if (!layout) {
      if (ws.rowCount > 0) ignoredSheets.push(ws.name);
      return;
    }
    if (sheets.has(layout.kind)) {
      problems.push({ sheet: ws.name, row: null, column: null, header: null, value: null, message: `与工作表“${sheets.get(layout.kind)!.sheet}”是同一类数据，请合并到一个工作表` });
      return;
    }
    sheets.set(layout.kind, readSheet(ws, layout, problems));
  });
  return { sheets, ignoredSheets };
}
