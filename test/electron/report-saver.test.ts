// The desktop "保存到…" and "打开所在文件夹": the main process's saver with fakes of Electron's dialog and
// shell, writing real files; and the preload's shell object, which sends only its own two channels.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/result.ts';
import { isTrustedSender, type SenderInfo } from '../../electron/main/security/sender.ts';
import { SAVE_REPORT_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../electron/main/shell/channels.ts';
import { createReportSaver, type SaveDialogOptions } from '../../electron/main/shell/report-saver.ts';
import { buildShell } from '../../electron/preload/shell.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const WINDOW = 7;
const trusted: SenderInfo = { frameUrl: 'app://jiaowu/index.html#/reports', isMainFrame: true, webContentsId: WINDOW };
const JOB = '0f8fad5b-d9cb-469f-a165-70867728950e';
const CONTENT = Buffer.from('PK\u0003\u0004 a workbook');

function saverWith(answer: { canceled: boolean; filePath?: string }) {
  const dialogs: SaveDialogOptions[] = [];
  const shown: string[] = [];
  const fetched: [SenderInfo, string][] = [];
  const saver = createReportSaver({
    isTrusted: (sender) => isTrustedSender(sender, WINDOW),
    fetchResult: async (sender, job): Promise<ApiResult<{ fileName: string; base64: string }>> => {
      fetched.push([sender, job]);
      if (job !== JOB) return { ok: false, error: { code: 'NOT_FOUND', message: '导出任务不存在或已过期，请重新导出' } };
      return { ok: true, value: { fileName: '../../etc/省委党校-学期教学指标统计表-2026A.xlsx', base64: CONTENT.toString('base64') } };
    },
    showSaveDialog: async (options) => {
      dialogs.push(options);
      return answer;
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    showItemInFolder: (path) => shown.push(path),
    defaultFolder: () => '/home/user/Documents',
  });
  return { saver, dialogs, shown, fetched };
}

describe('report saver (main process)', () => {
  it('asks where to save, named as the report, writes the backend\'s bytes there and shows the file', async () => {
    const path = join(tmp.dir, '报表.xlsx');
    const { saver, dialogs, shown, fetched } = saverWith({ canceled: false, filePath: path });
    expect(await saver.save(trusted, JOB)).toEqual({ ok: true, value: { path } });
    expect(fetched).toEqual([[trusted, JOB]]);
    expect(dialogs[0]).toEqual({
      title: '保存报表',
      defaultPath: '/home/user/Documents/省委党校-学期教学指标统计表-2026A.xlsx',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    expect(readFileSync(path)).toEqual(CONTENT);
    expect(await saver.show(trusted, path)).toEqual({ ok: true, value: null });
    expect(shown).toEqual([path]);
    // the next dialog opens where the user saved last
    await saver.save(trusted, JOB);
    expect(dialogs[1]!.defaultPath).toBe(join(tmp.dir, '省委党校-学期教学指标统计表-2026A.xlsx'));
  });

  it('writes nothing when the dialog is closed', async () => {
    const { saver, shown } = saverWith({ canceled: true });
    expect(await saver.save(trusted, JOB)).toEqual({ ok: true, value: null });
    expect(await saver.show(trusted, join(tmp.dir, 'never.xlsx'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(shown).toEqual([]);
  });

  it('passes on the backend\'s refusal and says when the file cannot be written', async () => {
    const { saver, dialogs } = saverWith({ canceled: false, filePath: join(tmp.dir, 'no-such-folder', 'x.xlsx') });
    expect(await saver.save(trusted, 'another-job')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dialogs).toHaveLength(0);
    expect(await saver.save(trusted, JOB)).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('无法保存到') } });
  });

  it('refuses other frames and windows, and shows only files it saved', async () => {
    const path = join(tmp.dir, 'shown.xlsx');
    const { saver, shown, fetched } = saverWith({ canceled: false, filePath: path });
    const others: SenderInfo[] = [
      { ...trusted, isMainFrame: false },
      { ...trusted, frameUrl: 'https://evil.example/' },
      { ...trusted, webContentsId: WINDOW + 1 },
    ];
    for (const sender of others) {
      expect(await saver.save(sender, JOB)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await saver.show(sender, path)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(fetched).toHaveLength(0);
    expect(await saver.save(trusted, { job: JOB })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await saver.show(trusted, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(shown).toEqual([]);
  });
});

describe('window.jiaowuShell (preload)', () => {
  it('has the two functions, each on its own channel with a string', async () => {
    const sent: [string, string][] = [];
    const shell = buildShell(async (channel, arg) => (sent.push([channel, arg]), { ok: true, value: null }));
    expect(Object.keys(shell).sort()).toEqual(['saveReport', 'showInFolder']);
    expect(Object.isFrozen(shell)).toBe(true);
    await shell.saveReport(JOB);
    await shell.showInFolder('/tmp/a.xlsx');
    expect(sent).toEqual([
      [SAVE_REPORT_CHANNEL, JOB],
      [SHOW_IN_FOLDER_CHANNEL, '/tmp/a.xlsx'],
    ]);
  });
});
