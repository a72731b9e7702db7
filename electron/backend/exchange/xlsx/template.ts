// Writes the Excel workbook: an instructions sheet, then one sheet per kind with Chinese headers, a
// frozen header row, drop-down lists showing the Chinese labels of every enumeration, and either the
// example rows (the template) or the store's records (an export the user can edit and import back).
import ExcelJS from 'exceljs';
import type { FieldSpec } from '../../../../shared/exchange/fields.ts';
import {
  EXAMPLE_PREFIX,
  EXAMPLES,
  INSTRUCTIONS_SHEET,
  OPTIONS_SHEET,
  SHEETS,
  enumLabels,
  fieldHint,
  sheetFor,
  type SheetKind,
  type SheetLayout,
} from './layout.ts';

type Row = Record<string, unknown>;
/** The records to write, in the exchange document's shape (an export or the fixture). */
export type WorkbookData = Partial<Record<SheetKind, Row[]>>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } };
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF808080' }, italic: true };
const DATE_FORMAT = 'yyyy-mm-dd';
/** Drop-down lists reach this many rows below the data, so rows the user adds get them too. */
const SPARE_ROWS = 2000;

function cellValue(spec: FieldSpec, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  switch (spec.type) {
    case 'enum':
      return enumLabels(spec.values)[value as string] ?? (value as string);
    case 'bool':
      return value ? '是' : '否';
    case 'refs':
    case 'years':
      return (value as unknown[]).join('、');
    case 'date': {
      const [y, m, d] = String(value).split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    default:
      return value as ExcelJS.CellValue;
  }
}

function columnWidth(spec: FieldSpec): number {
  switch (spec.type) {
    case 'text':
      return 30;
    case 'refs':
      return 24;
    case 'enum':
    case 'ref':
      return 18;
    case 'date':
      return 13;
    default:
      return Math.max(10, spec.label.length * 2 + 4);
  }
}

/** The hidden sheet holding each enumeration's labels; answers the range formula of each list. */
function writeOptions(workbook: ExcelJS.Workbook): Map<string, string> {
  const sheet = workbook.addWorksheet(OPTIONS_SHEET, { state: 'veryHidden' });
  const ranges = new Map<string, string>();
  const lists = new Map<string, string[]>([['bool', ['是', '否']]]);
  for (const layout of SHEETS)
    for (const { spec } of layout.fields)
      if (spec.type === 'enum') lists.set(spec.values.join(','), spec.values.map((v) => enumLabels(spec.values)[v]!));
  let col = 1;
  for (const [key, labels] of lists) {
    labels.forEach((label, i) => (sheet.getCell(i + 1, col).value = label));
    const letter = sheet.getColumn(col).letter;
    ranges.set(key, `'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`);
    col++;
  }
  return ranges;
}

function writeInstructions(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [{ width: 16 }, { width: 22 }, { width: 10 }, { width: 70 }];
  sheet.mergeCells('A1:D1');
  const title = sheet.getCell('A1');
  title.value = '教务通数据导入模板 · 填写说明';
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const rules = [
    '1. 每个工作表填写一类数据，第一行是表头，请勿修改表头文字；列的顺序可以调整，表头上方可以有标题行。',
    '2. 表头为红色的列必须填写；其余可留空，留空时按默认值处理（课次的类别、方式、形式默认取所属课程的）。',
    `3. 编号以“${EXAMPLE_PREFIX}”开头的行是示例，导入时自动跳过，可以删除或直接覆盖。`,
    '4. 引用其他表的记录时，可以填编号，也可以填名称；名称重复时请改填编号。',
    '5. 日期可写成 2026-03-03、2026/3/3 或 2026年3月3日；“是否”类的列填“是”或“否”。',
    '6. 导入前会先检查全部数据并列出每个问题（工作表、行、列、原因）；只要有一处问题，就不会导入任何数据。',
    '7. 同一编号再次导入会更新原记录，不会重复。',
  ];
  rules.forEach((text, i) => {
    sheet.mergeCells(i + 3, 1, i + 3, 4);
    const cell = sheet.getCell(i + 3, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(i + 3).height = 30;
  });
  let row = rules.length + 4;
  const header = sheet.getRow(row++);
  header.values = ['工作表', '列', '必填', '填写要求'];
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = HEADER_FILL));
  for (const layout of SHEETS) {
    for (const { spec } of layout.fields) {
      const r = sheet.getRow(row++);
      r.values = [layout.name, spec.label, 'required' in spec && spec.required ? '是' : '', fieldHint(spec)];
      r.getCell(4).alignment = { wrapText: true };
    }
  }
}

function writeSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout, rows: Row[], lists: Map<string, string>, example: boolean): void {
  sheet.columns = layout.fields.map(({ key, spec }) => ({
    key,
    width: columnWidth(spec),
    style: spec.type === 'date' ? { numFmt: DATE_FORMAT } : spec.type === 'id' || spec.type === 'ref' || spec.type === 'refs' ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  layout.fields.forEach(({ spec }, i) => {
    const cell = header.getCell(i + 1);
    cell.value = spec.label;
    const required = 'required' in spec && spec.required;
    cell.font = { bold: true, color: { argb: required ? 'FFC00000' : 'FF000000' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.note = `${required ? '必填。' : '选填。'}${fieldHint(spec)}`;
  });
  header.height = 22;
  rows.forEach((record, r) => {
    const row = sheet.getRow(r + 2);
    layout.fields.forEach(({ key, spec }, c) => (row.getCell(c + 1).value = cellValue(spec, record[key])));
    if (example) row.font = EXAMPLE_FONT;
  });
  const last = rows.length + 1 + SPARE_ROWS;
  layout.fields.forEach(({ spec }, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const range = `${letter}2:${letter}${last}`;
    const listKey = spec.type === 'bool' ? 'bool' : spec.type === 'enum' ? spec.values.join(',') : undefined;
    if (listKey) {
      dataValidations(sheet).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [lists.get(listKey)!],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '取值无效',
        error: `“${spec.label}”请从下拉列表中选择`,
      });
    } else if (spec.type === 'ref') {
      // Offers the referenced sheet's ids; names are accepted too, so a typed value only warns.
      const target = sheetFor(spec.kind);
      dataValidations(sheet).add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${target.name}'!$A$2:$A$${SPARE_ROWS + 1000}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '请核对',
        error: `未在“${target.name}”表中找到该编号；若填写的是名称，请确认名称唯一`,
      });
    }
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.fields.length } };
}

/** exceljs keeps data validations by address range at run time; its typings leave the collection out. */
function dataValidations(sheet: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

/** The workbook as xlsx bytes: with the given records, or with the examples when data is null. */
export async function writeExchangeWorkbook(data: WorkbookData | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教务通';
  workbook.created = new Date();
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } }));
  const sheets = SHEETS.map((layout) => ({ layout, sheet: workbook.addWorksheet(layout.name) }));
  const lists = writeOptions(workbook);
  for (const { layout, sheet } of sheets) {
    const rows = data ? (data[layout.kind] ?? []) : layout.kind === 'institution' ? [{}] : EXAMPLES[layout.kind];
    writeSheet(sheet, layout, rows, lists, data === null);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The exchange document's lists under the workbook's sheet kinds. */
export function workbookDataFromDocument(doc: Record<string, unknown>): WorkbookData {
  const data: WorkbookData = {};
  for (const layout of SHEETS) {
    const value = layout.kind === 'institution' ? (doc.institution ? [doc.institution] : []) : doc[layout.kind];
    if (Array.isArray(value)) data[layout.kind] = value as Row[];
  }
  return data;
}
