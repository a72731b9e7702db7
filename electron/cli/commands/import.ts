import { readFileSync } from 'node:fs';
import { StoreError } from '../../backend/errors.ts';
import type { CliCommand } from '../command.ts';

function readDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new StoreError('VALIDATION', `无法读取文件 ${file}：${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StoreError('IMPORT_REJECTED', `文件 ${file} 不是有效的 JSON：${(error as Error).message}`, [
      { path: '', message: `不是有效的 JSON：${(error as Error).message}` },
    ]);
  }
}

export const importCommand: CliCommand = {
  usage: 'import FILE.json',
  summary: '导入交换文件（全部成功或全部不导入）',
  async run(backend, args, io) {
    const file = args.positional[0];
    if (!file) throw new StoreError('VALIDATION', '请指定要导入的交换文件：import FILE.json');
    const summary = await backend.invoke('exchange.import', { document: readDocument(file) });
    for (const w of summary.warnings) io.err(`警告 ${w.path}：${w.message}`);
    io.out(summary);
    io.err(`导入完成：${Object.values(summary.imported).reduce((a, b) => a + b, 0)} 条记录`);
    return 0;
  },
};
