import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { MAX_XLSX_BYTES } from '../../../shared/api/methods/xlsx.ts';
import { StoreError } from '../../backend/errors.ts';
import type { CliCommand } from '../command.ts';

function readXlsx(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new StoreError('VALIDATION', `无法读取文件 ${file}：${(error as Error).message}`);
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_XLSX_BYTES)
    throw new StoreError('IMPORT_REJECTED', `文件大小 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限 ${MAX_XLSX_BYTES / 1024 / 1024} MB，请拆分后再导入`);
  return readFileSync(file).toString('base64');
}

export const importXlsxCommand: CliCommand = {
  usage: 'import-xlsx FILE.xlsx [--preview] [--problems OUT.xlsx]',
  summary: '导入 Excel 工作簿（--preview 只检查不写入；--problems 写出标注问题的副本）',
  async run(backend, args, io) {
    const file = args.positional[0];
    if (!file) throw new StoreError('VALIDATION', '请指定要导入的 Excel 文件：import-xlsx FILE.xlsx');
    const base64 = readXlsx(file);
    const problemsOut = args.options.get('problems');
    const preview = await backend.invoke('xlsx.preview', { base64 });
    for (const w of preview.warnings) io.err(`警告：${w}`);
    for (const p of preview.problems)
      io.err(`  ${[p.sheet && `“${p.sheet}”表`, p.row && `第 ${p.row} 行`, p.column && `${p.column} 列（${p.header}）`].filter(Boolean).join(' ')}：${p.message}`);
    if (typeof problemsOut === 'string' && !preview.valid) {
      const annotated = await backend.invoke('xlsx.problemsWorkbook', { base64 });
      writeFileSync(problemsOut, Buffer.from(annotated.base64, 'base64'));
      io.err(`已写出标注问题的副本：${problemsOut}`);
    }
    if (args.options.has('preview') || !preview.valid) {
      io.out(preview);
      if (!preview.valid) io.err(`错误：Excel 文件有 ${preview.problems.length} 处问题，未导入任何数据`);
      return preview.valid ? 0 : 1;
    }
    const summary = await backend.invoke('xlsx.import', { base64 });
    io.out({ imported: summary.imported, warnings: summary.warnings, examplesSkipped: summary.preview.examplesSkipped, resolvedByName: summary.preview.resolvedByName });
    io.err(`导入完成：${Object.values(summary.imported).reduce((a, b) => a + b, 0)} 条记录`);
    return 0;
  },
};
