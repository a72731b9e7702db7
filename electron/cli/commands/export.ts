import type { CliCommand } from '../command.ts';

export const exportCommand: CliCommand = {
  usage: 'export',
  summary: '导出交换文件（JSON 写到标准输出）',
  async run(backend, _args, io) {
    io.out(await backend.invoke('exchange.export', {}));
    return 0;
  },
};
