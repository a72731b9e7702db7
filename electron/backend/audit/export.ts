// The audit log as a file: CSV (UTF-8 with BOM, so Excel opens the Chinese text) or xlsx.
import ExcelJS from 'exceljs';
import type { AuditRow } from './query.ts';

const HEADERS = ['序号', '时间（UTC）', '用户', '操作', '记录类型', '记录编号', '修改前', '修改后'];
const cells = (r: AuditRow): (string | number)[] => [
  r.id,
  r.at,
  r.username,
  r.method,
  r.kind,
  r.recordId ?? '',
  r.before === null ? '' : JSON.stringify(r.before),
  r.after === null ? '' : JSON.stringify(r.after),
];

const csvCell = (v: string | number): string => {
  const s = String(v);
  // a leading =,+,-,@ would be run as a formula by a spreadsheet
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function auditCsv(rows: AuditRow[]): Buffer {
  const lines = [HEADERS, ...rows.map(cells)].map((r) => r.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function auditXlsx(rows: AuditRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('操作日志');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r));
  sheet.columns.forEach((c, i) => (c.width = [8, 26, 14, 24, 16, 24, 60, 60][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
