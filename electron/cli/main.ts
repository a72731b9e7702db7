// The headless command line: `npm run --silent cli -- --db FILE <command> ...` (exchange-format.md).
import { openBackend, type Backend } from '../backend/backend.ts';
import { defaultStorePath } from '../backend/default-store.ts';
import { StoreError } from '../backend/errors.ts';
import { StoreOpenError } from '../backend/recovery/diagnose.ts';
import { parseArgs } from './args.ts';
import type { CliIo } from './command.ts';
import { commands } from './commands/index.ts';

const io: CliIo = {
  out: (json) => process.stdout.write(`${JSON.stringify(json, null, 1)}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`);
  return ['用法：npm run --silent cli -- [--db 数据库文件] <命令> [参数]', '命令：', ...lines].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.options.has('help')) {
    io.err(usage());
    return args.command ? 0 : 2;
  }
  const command = commands[args.command];
  if (!command) {
    io.err(`未知命令“${args.command}”\n${usage()}`);
    return 2;
  }
  const db = args.options.get('db');
  let backend: Backend | undefined;
  try {
    const storePath = typeof db === 'string' ? db : defaultStorePath();
    if ('runOnStoreFile' in command) return await command.runOnStoreFile(storePath, args, io);
    // the full check of the store runs alongside the command, at once
    backend = openBackend(storePath, { checkDelayMs: 0 });
    const status = await command.run(backend, args, io);
    // a damaged store never ends a command in success
    const integrity = await backend.store.integrity.result();
    if (integrity.status === 'corrupt') throw new StoreOpenError('corrupt', storePath, integrity.detail ?? '');
    return status;
  } catch (error) {
    if (error instanceof StoreError) {
      io.err(`错误：${error.message}`);
      for (const issue of error.issues ?? []) io.err(`  ${issue.path || '（文件）'}：${issue.message}`);
      if (error.code === 'STORE_CORRUPT' || error.code === 'STORE_UNREADABLE')
        io.err('可用 “backups” 命令列出备份，再用 “restore 备份文件” 恢复；教务通不会自行删除或重建数据库。');
      if (error.code === 'IMPORT_REJECTED') io.out({ ok: false, error: { code: error.code, message: error.message, issues: error.issues } });
      return 1;
    }
    io.err(`内部错误：${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    await backend?.close();
  }
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
