import { writeFileSync } from 'node:fs';
import { StoreError } from '../../backend/errors.ts';
import { requireOption, type CliCommand } from '../command.ts';

export const templateCommand: CliCommand = {
  usage: 'template --out FILE.xlsx [--with-data]',
  summary: '写出 Excel 导入模板（--with-data：写入库中现有数据）',
  async run(backend, args, io) {
    const out = requireOption(args, 'out', '要写出的 .xlsx 文件');
    if (!/\.xlsx$/i.test(out)) throw new StoreError('VALIDATION', '--out 应为 .xlsx 文件');
    const file = await backend.invoke('xlsx.template', { withData: args.options.has('with-data') });
    writeFileSync(out, Buffer.from(file.base64, 'base64'));
    io.out({ out, bytes: Buffer.byteLength(file.base64, 'base64') });
    io.err(`已写出 ${out}`);
    return 0;
  },
};
