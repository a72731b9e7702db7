import { extname } from 'node:path';
import { REPORT_FORMATS, type ReportFormat, type ReportRequest } from '../../../shared/api/methods/reports.ts';
import { StoreError } from '../../backend/errors.ts';
import { ReportFile } from '../../backend/reports/report-file.ts';
import type { ParsedArgs } from '../args.ts';
import { requireOption, type CliCommand } from '../command.ts';

function requestOf(args: ParsedArgs): ReportRequest {
  const kind = args.options.get('kind') ?? 'semester';
  switch (kind) {
    case 'semester':
    case 'faculty':
      return { kind, semester: requireOption(args, 'semester', '学期编号，如 2026S') };
    case 'renewal': {
      const year = Number(requireOption(args, 'year', '年度，如 2026'));
      if (!Number.isInteger(year)) throw new StoreError('VALIDATION', '--year 应为四位年份，如 2026');
      return { kind, year };
    }
    case 'compliance':
      return { kind, asOf: requireOption(args, 'as-of', '截止日期，如 2026-12-31') };
    default:
      throw new StoreError('VALIDATION', `未知的报表类型“${String(kind)}”，可选 semester、renewal、faculty、compliance`);
  }
}

export const reportCommand: CliCommand = {
  usage: 'report [--kind semester|renewal|faculty|compliance] --semester ID|--year Y|--as-of D --out FILE.xlsx|.pdf|.docx',
  summary: '生成报表文件（学期教学指标、年度课程更新、师资授课、学员学时达标）',
  async run(backend, args, io) {
    const out = requireOption(args, 'out', '输出文件，扩展名为 .xlsx、.pdf 或 .docx');
    const format = extname(out).slice(1).toLowerCase() as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new StoreError('VALIDATION', `--out 的扩展名应为 .xlsx、.pdf 或 .docx，实际为“${extname(out) || '无'}”`);
    const request = requestOf(args);
    // written by the backend straight into the file: a large school's PDF is 25 MB
    const file = await backend.invoke('reports.export', { request, format, into: new ReportFile(out) });
    io.out({ out, kind: request.kind, format, bytes: file.bytes });
    io.err(`已生成 ${out}`);
    return 0;
  },
};
