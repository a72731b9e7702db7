import type { CliCommand } from '../command.ts';

export const backupsCommand: CliCommand = {
  usage: 'backups',
  summary: '列出数据库的备份（最新的在前）',
  async run(backend, _args, io) {
    const list = await backend.invoke('backup.list', {});
    io.out(list);
    io.err(`备份文件夹：${list.folder}，共 ${list.backups.length} 个备份`);
    return 0;
  },
};
