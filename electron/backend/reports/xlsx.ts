// Writes a report as an xlsx workbook: an overview sheet (title, period, rule set, summary, counting
// rules, data-quality findings) and one sheet per table, each with a merged title, a frozen header row
// repeated on every printed A4 page, and percent/number formats on the real (unrounded) values.
import ExcelJS from 'exceljs';
import type { ColumnFormat, ReportModel, ReportTable, Tone } from '../../../shared/reports/model.ts';
import { closingSections } from './html.ts';

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

function printSetup(sheet: ExcelJS.Worksheet, columns: number, repeatRow?: number): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: columns > 7 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
    ...(repeatRow ? { printTitlesRow: `${repeatRow}:${repeatRow}` } : {}),
  };
  sheet.headerFooter = { oddFooter: '第 &P 页 共 &N 页' };
}

function writeOverview(sheet: ExcelJS.Worksheet, model: ReportModel): void {
  sheet.columns = [{ width: 22 }, { width: 80 }];
  sheet.mergeCells('A1:B1');
  Object.assign(sheet.getCell('A1'), { value: model.title, font: TITLE_FONT, alignment: { horizontal: 'center' } });
  sheet.getRow(1).height = 28;
  const line = (label: string, value: string, bold = false) => {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { ...BODY_FONT, bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).font = { ...BODY_FONT, bold };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = linesFor(value, 80) * LINE_HEIGHT + 2;
  };
  sheet.addRow([]);
  line('院校', model.institution);
  line('统计期间', model.period);
  line('规则集', model.ruleSet);
  line('生成时间', model.generatedAt);
  for (const s of model.summary) line(s.label, s.value);
  for (const section of model.sections) for (const p of section.paragraphs ?? []) line(section.title, p);
  sheet.addRow([]);
  model.countingRules.forEach((rule, i) => line(i === 0 ? '统计口径' : '', `${i + 1}. ${rule}`));
  sheet.addRow([]);
  const [, quality] = closingSections(model);
  quality!.paragraphs!.forEach((p, i) => line(i === 0 ? '数据质量检查' : '', p));
  const severity: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
  model.quality.findings.forEach((f) => line('', `【${severity[f.severity] ?? f.severity}】${f.message}`));
  printSetup(sheet, 2);
}

function writeTable(sheet: ExcelJS.Worksheet, model: ReportModel, title: string, table: ReportTable): void {
  const n = table.columns.length;
  sheet.columns = table.columns.map((c) => ({ width: Math.max(8, c.width * 1.6) }));
  sheet.mergeCells(1, 1, 1, n);
  Object.assign(sheet.getCell(1, 1), { value: `${model.title}：${title}`, font: TITLE_FONT, alignment: { horizontal: 'center', vertical: 'middle' } });
  sheet.getRow(1).height = 26;
  sheet.mergeCells(2, 1, 2, n);
  Object.assign(sheet.getCell(2, 1), {
    value: `${model.institution}\u3000统计期间：${model.period}\u3000规则集：${model.ruleSet}`,
    font: { ...BODY_FONT, size: 9 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  const widthSum = table.columns.reduce((sum, c) => sum + Math.max(8, c.width * 1.6), 0);
  sheet.getRow(2).height = linesFor(String(sheet.getCell(2, 1).value), widthSum) * 12 + 4;
  const header = sheet.getRow(3);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...BODY_FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 30;
  const statusCol = table.columns.findIndex((c) => c.header === '状态' || c.header === '是否达标');
  table.rows.forEach((r, ri) => {
    const row = sheet.getRow(4 + ri);
    r.cells.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      const col = table.columns[i]!;
      cell.value = value;
      cell.border = THIN;
      cell.font = { ...BODY_FONT, bold: r.total ?? false, ...(r.tone && i === statusCol ? { color: { argb: TONE_COLORS[r.tone] } } : {}) };
      const fmt = NUM_FORMATS[col.format];
      if (fmt && typeof value === 'number') cell.numFmt = fmt;
      cell.alignment = { vertical: 'middle', wrapText: col.format === 'text', horizontal: col.format === 'text' ? 'left' : 'right' };
    });
    const lines = Math.max(...r.cells.map((v, i) => (typeof v === 'string' ? linesFor(v, Math.max(8, table.columns[i]!.width * 1.6)) : 1)));
    row.height = lines * LINE_HEIGHT + 4;
  });
  if (table.rows.length === 0) sheet.getCell(4, 1).value = table.empty ?? '无数据';
  sheet.views = [{ state: 'frozen', ySplit: 3, xSplit: 0, activeCell: 'A4' }];
  printSetup(sheet, n, 3);
}

export async function reportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '教务通';
  workbook.title = model.title;
  const used = new Set<string>();
  writeOverview(workbook.addWorksheet(sheetName('报表概况', used)), model);
  for (const section of model.sections) {
    if (!section.table) continue;
    writeTable(workbook.addWorksheet(sheetName(section.table.name, used)), model, section.title, section.table);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
