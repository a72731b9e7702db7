import { ExchangeFile } from '../../backend/exchange/exchange-file.ts';
import { StoreError } from '../../backend/errors.ts';
import type { CliCommand } from '../command.ts';

export const importCommand: CliCommand = {
  usage: 'import FILE.json',
  summary: '导入交换文件（全部成功或全部不导入）',
  async run(backend, args, io) {
    const file = args.positional[0];
    if (!file) throw new StoreError('VALIDATION', '请指定要导入的交换文件：import FILE.json');
    // the backend reads the file as a stream, so a large document needs little memory
    const document = new ExchangeFile(file);
    document.assertReadable();
    const summary = await backend.invoke('exchange.import', { document });
    for (const w of summary.warnings) io.err(`警告 ${w.path}：${w.message}`);
    io.out(summary);
    io.err(`导入完成：${Object.values(summary.imported).reduce((a, b) => a + b, 0)} 条记录`);
    return 0;
  },
};
