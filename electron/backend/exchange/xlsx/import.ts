// Excel import: a preview that writes nothing (counts per kind and every problem by sheet, row and
// column), the import itself (all or nothing, through the JSON import's transaction), and a copy of
// the workbook with the bad cells marked.
import ExcelJS from 'exceljs';
import type { ExchangeKind } from '../../../../shared/exchange/fields.ts';
import { StoreError } from '../../errors.ts';
import type { Store } from '../../store/connection.ts';
import { KIND_TABLES } from '../../store/kind-tables.ts';
import { importExchange, type ImportSummary } from '../json-import.ts';
import { NAME_FIELD } from './layout.ts';
import { mapWorkbook, nameKey, type StoreIndex } from './map.ts';
import type { XlsxProblem } from './problem.ts';
import { readWorkbook } from './read.ts';
import { guardXlsx } from './zip-guard.ts';

export interface XlsxPreview {
  /** True when the file can be imported as it is. */
  valid: boolean;
  counts: Record<ExchangeKind, number>;
  institution: boolean;
  problems: XlsxProblem[];
  warnings: string[];
  examplesSkipped: number;
  resolvedByName: number;
}

/** Ids and names of the store's records, loaded once per kind when a reference first needs them. */
function storeIndex(store: Store): StoreIndex {
  const loaded = new Map<ExchangeKind, { ids: Set<string>; names: Map<string, string[]> }>();
  const load = (kind: ExchangeKind) => {
    let entry = loaded.get(kind);
    if (!entry) {
      // the naming field has the same name as its store column (name, title)
      const rows = store.sqlite.prepare(`SELECT id, ${NAME_FIELD[kind] ?? 'NULL'} AS name FROM ${KIND_TABLES[kind]}`).all() as { id: string; name: string | null }[];
      entry = { ids: new Set(rows.map((r) => r.id)), names: new Map() };
      for (const r of rows) {
        if (r.name === null) continue;
        const key = nameKey(r.name);
        (entry.names.get(key) ?? entry.names.set(key, []).get(key)!).push(r.id);
      }
      loaded.set(kind, entry);
    }
    return entry;
  };
  return {
    hasId: (kind, id) => load(kind).ids.has(id),
    idsByName: (kind, key) => load(kind).names.get(key) ?? [],
  };
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  guardXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new StoreError('IMPORT_REJECTED', `无法读取该 Excel 文件：${(error as Error).message}。请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
  }
  // a zip without the workbook part loads as an empty workbook; every real workbook has a sheet
  if (workbook.worksheets.length === 0)
    throw new StoreError('IMPORT_REJECTED', '文件中没有任何工作表，不是有效的 Excel 工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后再试');
  return workbook;
}

async function analyse(store: Store, bytes: Uint8Array) {
  const workbook = await loadWorkbook(bytes);
  const problems: XlsxProblem[] = [];
  const read = readWorkbook(workbook, problems);
  const warnings = read.ignoredSheets.map((s) => `工作表“${s}”不是可导入的数据表，已忽略`);
  if (read.sheets.size === 0)
    problems.push({ sheet: '', row: null, column: null, header: null, value: null, message: '文件中没有可导入的工作表（应有“师资”“课程”“班次”“课表”等工作表），请使用教务通的导入模板' });
  const mapped = mapWorkbook(read, storeIndex(store), problems);
  for (const w of mapped.validation.warnings) warnings.push(w.message);
  const preview: XlsxPreview = {
    valid: problems.length === 0,
    counts: mapped.counts,
    institution: mapped.document.institution !== undefined,
    problems,
    warnings,
    examplesSkipped: mapped.examplesSkipped,
    resolvedByName: mapped.resolvedByName,
  };
  return { workbook, preview, document: mapped.document };
}

export async function previewXlsx(store: Store, bytes: Uint8Array): Promise<XlsxPreview> {
  return (await analyse(store, bytes)).preview;
}

/** Imports the workbook when it has no problem at all; otherwise throws IMPORT_REJECTED listing them. */
export async function importXlsx(store: Store, bytes: Uint8Array): Promise<ImportSummary & { preview: XlsxPreview }> {
  const { preview, document } = await analyse(store, bytes);
  if (!preview.valid) {
    throw new StoreError(
      'IMPORT_REJECTED',
      `Excel 文件有 ${preview.problems.length} 处问题，未导入任何数据`,
      preview.problems.map((p) => ({ path: problemPlace(p), message: p.message, value: p.value ?? undefined })),
    );
  }
  return { ...importExchange(store, document), preview };
}

export function problemPlace(p: XlsxProblem): string {
  const parts = [p.sheet && `“${p.sheet}”表`, p.row !== null && `第 ${p.row} 行`, p.column && `${p.column} 列（${p.header}）`];
  return parts.filter(Boolean).join(' ');
}

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF9999' } };
const ROW_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };

/** A copy of the workbook with each bad cell filled red and commented, and a sheet listing every problem. */
export async function problemsWorkbook(store: Store, bytes: Uint8Array): Promise<{ bytes: Buffer; problems: number }> {
  const { workbook, preview } = await analyse(store, bytes);
  const notes = new Map<string, string[]>();
  for (const p of preview.problems) {
    if (!p.sheet || p.row === null) continue;
    const key = `${p.sheet}!${p.column ?? ''}${p.row}`;
    (notes.get(key) ?? notes.set(key, []).get(key)!).push(p.message);
  }
  for (const [key, messages] of notes) {
    const [sheetName, address] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    if (/^\d+$/.test(address)) {
      // A problem of the whole row (no single column): tint the row and comment its first cell.
      const row = sheet.getRow(Number(address));
      row.eachCell({ includeEmpty: false }, (cell) => (cell.fill = ROW_FILL));
      row.getCell(1).note = messages.join('\n');
      continue;
    }
    const cell = sheet.getCell(address);
    cell.fill = BAD_FILL;
    cell.note = { texts: [{ text: messages.join('\n') }] };
  }
  const existing = workbook.getWorksheet('导入问题');
  if (existing) workbook.removeWorksheet(existing.id);
  const list = workbook.addWorksheet('导入问题', { properties: { tabColor: { argb: 'FFC00000' } } });
  list.columns = [
    { header: '工作表', width: 12 },
    { header: '行', width: 6 },
    { header: '列', width: 6 },
    { header: '列名', width: 16 },
    { header: '填写的内容', width: 24 },
    { header: '问题', width: 80 },
  ];
  list.getRow(1).font = { bold: true };
  for (const p of preview.problems) list.addRow([p.sheet, p.row, p.column, p.header, p.value, p.message]);
  list.views = [{ state: 'frozen', ySplit: 1 }];
  workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: workbook.worksheets.indexOf(list), visibility: 'visible' }];
  try {
    return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), problems: preview.problems.length };
  } catch (error) {
    // a workbook that loads with parts missing may not be writable again
    throw new StoreError('IMPORT_REJECTED', `无法为该文件生成问题标注副本：${(error as Error).message}。请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
  }
}
