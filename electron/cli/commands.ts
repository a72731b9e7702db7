// The CLI's commands (exchange-format.md). Each command writes its JSON answer to stdout and its
// messages to stderr, and returns the exit status. New commands (indicators, reports) register here.
import { readFileSync } from 'node:fs';
import type { Backend } from '../backend/backend.ts';
import { StoreError } from '../backend/errors.ts';
import type { ParsedArgs } from './args.ts';

export interface CliIo {
  out(json: unknown): void;
  err(line: string): void;
}

export interface CliCommand {
  usage: string;
  summary: string;
  run(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A required `--name value` option; a missing one is a usage error in Chinese. */
export function requireOption(args: ParsedArgs, name: string, hint: string): string {
  const value = args.options.get(name);
  if (typeof value !== 'string' || value === '') throw new StoreError('VALIDATION', `缺少参数 --${name}（${hint}）`);
  return value;
}

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

export const commands: Record<string, CliCommand> = {
  import: {
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
  },
  export: {
    usage: 'export',
    summary: '导出交换文件（JSON 写到标准输出）',
    async run(backend, _args, io) {
      io.out(await backend.invoke('exchange.export', {}));
      return 0;
    },
  },
};
