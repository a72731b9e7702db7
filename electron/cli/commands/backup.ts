import { resolve } from 'node:path';
import { backupToFile } from '../../backend/store/backup.ts';
import type { CliCommand } from '../command.ts';

export const backupCommand: CliCommand = {
  usage: 'backup [--out FILE]',
  summary: '立即备份数据库（默认存入数据库旁的 backups 文件夹）',
  async run(backend, args, io) {
    const out = args.options.get('out');
    if (typeof out === 'string') {
      const target = resolve(out);
      await backend.ready;
      await backupToFile(backend.store.sqlite, target);
      io.out({ file: target });
      io.err(`已备份到 ${target}`);
      return 0;
    }
    const made = await backend.invoke('backup.create', {});
    io.out(made);
    io.err(`已备份：${made.name}`);
    return 0;
  },
};
