import { resolve } from 'node:path';
import { StoreError } from '../../backend/errors.ts';
import { restoreStoreFile } from '../../backend/store/restore.ts';
import type { CliCommand } from '../command.ts';

/** Works on the store file itself, so a store that no longer opens can still be restored. */
export const restoreCommand: CliCommand = {
  usage: 'restore FILE',
  summary: '从备份文件恢复数据库（先校验备份，并先备份当前数据库）',
  async runOnStoreFile(storePath, args, io) {
    const file = args.positional[0];
    if (!file) throw new StoreError('VALIDATION', '请指定要恢复的备份文件：restore FILE');
    const result = await restoreStoreFile(storePath, resolve(file));
    io.out({ restored: resolve(file), store: storePath, ...result });
    if (result.safetyBackup) io.err(`恢复前的数据库已备份为 ${result.safetyBackup}`);
    for (const f of result.movedAside) io.err(`无法打开的原数据库文件已移至 ${f}`);
    io.err(`已从 ${file} 恢复数据库`);
    return 0;
  },
};
