// Writes a report as an xlsx workbook: an overview sheet (title, period, rule set, summary, counting
// rules, data-quality findings) and one sheet per table, each with a merged title, a frozen header row
// repeated on every printed A4 page, and percent/number formats on the real (unrounded) values. Rows are
// streamed (exceljs WorkbookWriter): a 150,000-row table is never held as a workbook in memory.
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnFormat, ReportModel, ReportTable, Tone } from '../../../shared/reports/model.ts';
import { closingSections } from './html.ts';
import { addXlsxCharts, CHART_SHEET, chartsOf, writeChartSheet } from './xlsx-charts.ts';
import { rowCounter, tableRows, type RowCounter, type WriteProgress } from './write-progress.ts';

const NUM_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  integer: '0',
  number: '0.00',
  percent: '0.00%',
};
const TONE_COLORS: Record<Tone, string> = { pass: 'FF1B5E20', fail: 'FFB71C1C', muted: 'FF666666' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const TITLE_FONT = { name: '宋体', size: 16, bold: true };
const BODY_FONT = { name: '宋体', size: 10.5 };

/** Rows of wrapped text a cell needs: LibreOffice and Excel keep the stored height, so it is set here. */
function linesFor(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.codePointAt(0)! > 0x2e80 ? 2 : 1.1;
  return Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
}
const LINE_HEIGHT = 14;

function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '表';
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base}${i}`;
  used.add(candidate);
  return candidate;
}

type Sheet = ExcelJS.Worksheet;

/**
 * A4, fit to the page's width, the header row repeated on every printed page. The streaming writer
 * writes the sheet's properties when the sheet is opened: all of it goes in with `addWorksheet`.
 */
function sheetOptions(columns: number, repeatRow?: number, frozenRows?: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: columns > 7 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      ...(repeatRow ? { printTitlesRow: `${repeatRow}:${repeatRow}` } : {}),
    },
    headerFooter: { oddFooter: '第 &P 页 共 &N 页' } as ExcelJS.HeaderFooter,
    views: frozenRows ? [{ state: 'frozen', ySplit: frozenRows, xSplit: 0, activeCell: `A${frozenRows + 1}` }] : [],
  };
}

const LABEL_STYLE: Partial<ExcelJS.Style> = { font: { ...BODY_FONT, bold: true }, alignment: { vertical: 'top' } };
const TEXT_STYLE: Partial<ExcelJS.Style> = { font: BODY_FONT, alignment: { wrapText: true, vertical: 'top' } };

function writeOverview(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, model: ReportModel): void {
  const sheet: Sheet = workbook.addWorksheet(name, sheetOptions(2));
  sheet.columns = [{ width: 22 }, { width: 80 }];
  sheet.mergeCells('A1:B1');
  const title = sheet.getRow(1);
  title.getCell(1).value = model.title;
  title.getCell(1).style = { font: TITLE_FONT, alignment: { horizontal: 'center' } };
  title.height = 28;
  title.commit();
  const line = (label: string, value: string) => {
    const row = sheet.addRow([label, value]);
    row.getCell(1).style = LABEL_STYLE;
    row.getCell(2).style = TEXT_STYLE;
    row.height = linesFor(value, 80) * LINE_HEIGHT + 2;
    row.commit();
  };
  const blank = () => sheet.addRow([]).commit();
  blank();
  line('院校', model.institution);
  line('统计期间', model.period);
  line('规则集', model.ruleSet);
  line('生成时间', model.generatedAt);
  for (const s of model.summary) line(s.label, s.value);
  for (const section of model.sections) for (const p of section.paragraphs ?? []) line(section.title, p);
  blank();
  model.countingRules.forEach((rule, i) => line(i === 0 ? '统计口径' : '', `${i + 1}. ${rule}`));
  blank();
  const [, quality] = closingSections(model);
  quality!.paragraphs!.forEach((p, i) => line(i === 0 ? '数据质量检查' : '', p));
  const severity: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
  model.quality.findings.forEach((f) => line('', `【${severity[f.severity] ?? f.severity}】${f.message}`));
  sheet.commit();
}

/** One style object per kind of cell: the writer keys its style table on the object, so this is cheap per cell. */
function tableStyles(table: ReportTable) {
  const memo = new Map<string, Partial<ExcelJS.Style>>();
  return (column: number, bold: boolean, tone: Tone | undefined, numeric: boolean): Partial<ExcelJS.Style> => {
    const key = `${column}|${bold}|${tone ?? ''}|${numeric}`;
    let style = memo.get(key);
    if (!style) {
      const col = table.columns[column]!;
      const fmt = NUM_FORMATS[col.format];
      style = {
        border: THIN,
        font: { ...BODY_FONT, bold, ...(tone ? { color: { argb: TONE_COLORS[tone] } } : {}) },
        alignment: { vertical: 'middle', wrapText: col.format === 'text', horizontal: col.format === 'text' ? 'left' : 'right' },
        ...(fmt && numeric ? { numFmt: fmt } : {}),
      };
      memo.set(key, style);
    }
    return style;
  };
}

/** Rows laid out between two waits for the zip to take the sheet's XML. */
const ROWS_PER_DRAIN = 500;

/**
 * Waits until the zip has taken the sheet's XML written so far. exceljs 4.4 hands a sheet to archiver
 * through a PassThrough that it writes into without heeding backpressure, and the rows are laid out
 * without yielding: the 73,000-row compliance register's sheet (~35 MB of XML) sat in that PassThrough
 * until `commit`. Its stream's `pipes` is exceljs's own (StreamBuf), not part of its typings.
 */
async function drained(sheet: Sheet): Promise<void> {
  const pipe = (sheet as unknown as { stream: { pipes?: Writable[] } }).stream.pipes?.[0] as (Writable & { _writableState?: { needDrain?: boolean } }) | undefined;
  if (pipe?._writableState?.needDrain) await once(pipe, 'drain');
}

async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, model: ReportModel, title: string, table: ReportTable, counter: RowCounter): Promise<void> {
  const n = table.columns.length;
  const widths = table.columns.map((c) => Math.max(8, c.width * 1.6));
  const sheet: Sheet = workbook.addWorksheet(name, sheetOptions(n, 3, 3));
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, n);
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = `${model.title}：${title}`;
  titleRow.getCell(1).style = { font: TITLE_FONT, alignment: { horizontal: 'center', vertical: 'middle' } };
  titleRow.height = 26;
  titleRow.commit();
  sheet.mergeCells(2, 1, 2, n);
  const frame = `${model.institution}\u3000统计期间：${model.period}\u3000规则集：${model.ruleSet}`;
  const frameRow = sheet.getRow(2);
  frameRow.getCell(1).value = frame;
  frameRow.getCell(1).style = { font: { ...BODY_FONT, size: 9 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  frameRow.height = linesFor(frame, widths.reduce((a, b) => a + b, 0)) * 12 + 4;
  frameRow.commit();
  const header = sheet.getRow(3);
  const headerStyle: Partial<ExcelJS.Style> = {
    font: { ...BODY_FONT, bold: true },
    fill: HEADER_FILL,
    border: THIN,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  };
  table.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    header.getCell(i + 1).style = headerStyle;
  });
  header.height = 30;
  header.commit();
  const statusCol = table.columns.findIndex((c) => c.header === '状态' || c.header === '是否达标');
  const styleOf = tableStyles(table);
  let written = 0;
  for (const r of table.rows) {
    const row = sheet.addRow(r.cells);
    let lines = 1;
    for (let i = 0; i < r.cells.length; i++) {
      const value = r.cells[i];
      row.getCell(i + 1).style = styleOf(i, r.total ?? false, i === statusCol ? r.tone : undefined, typeof value === 'number');
      if (typeof value === 'string') lines = Math.max(lines, linesFor(value, widths[i]!));
    }
    row.height = lines * LINE_HEIGHT + 4;
    row.commit();
    counter.row();
    if (++written % ROWS_PER_DRAIN === 0) await drained(sheet);
  }
  if (table.rows.length === 0) sheet.getRow(4).getCell(1).value = table.empty ?? '无数据';
  sheet.commit();
}

/** The workbook is streamed: each row is written, let go and deflated into the zip as it is laid out. */
export async function reportXlsx(model: ReportModel, progress?: WriteProgress): Promise<Buffer> {
  const counter = rowCounter(tableRows(model), progress);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = '教务通';
  const used = new Set<string>();
  writeOverview(workbook, sheetName('报表概况', used), model);
  const charts = chartsOf(model);
  const chartSheet = charts.length > 0 ? sheetName(CHART_SHEET, used) : '';
  const placed = charts.length > 0 ? writeChartSheet(workbook, chartSheet, charts) : [];
  for (const section of model.sections) {
    if (!section.table) continue;
    await writeTable(workbook, sheetName(section.table.name, used), model, section.title, section.table, counter);
  }
  counter.finish();
  await workbook.commit();
  return addXlsxCharts(Buffer.concat(chunks), chartSheet, placed);
}
