// 报表 and Excel import in the browser: preview a semester report and download it, then check a
// workbook with mistakes, see every problem by sheet/row/column, download the marked copy, and import
// the template filled with the demo data. Screenshots go to docs/screenshots.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookDataFromDocument, writeExchangeWorkbook } from '../../electron/backend/exchange/xlsx/template.ts';
import { tempDir } from '../helpers.ts';
import { DEMO_DOCUMENT, startApp, type App } from './harness.ts';
import { Shell } from './pages/shell.ts';

describe('报表 and Excel import', () => {
  let app: App;
  let shell: Shell;
  const files = tempDir('jiaowu-e2e-files-');

  beforeAll(async () => {
    app = await startApp();
    shell = new Shell(app.page);
  });
  afterAll(async () => {
    await app?.close();
    files.cleanup();
  });

  it('imports the demo data from an Excel workbook after a clean check', async () => {
    const workbook = join(files.dir, '演示数据.xlsx');
    writeFileSync(workbook, await writeExchangeWorkbook(workbookDataFromDocument(JSON.parse(readFileSync(DEMO_DOCUMENT, 'utf8')))));
    await shell.open('设置');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: '选择 Excel 文件（.xlsx）' }).click();
    await (await chooser).setFiles(workbook);
    const preview = app.page.getByTestId('xlsx-preview');
    await preview.filter({ hasText: '检查通过，可以导入' }).waitFor();
    expect(await preview.textContent()).toContain('课次 495');
    await app.page.getByRole('button', { name: '确认导入' }).click();
    await app.page.getByTestId('xlsx-result').filter({ hasText: '导入完成' }).waitFor();
    expect((await app.backend.invoke('app.info', {})).counts.sessions).toBe(495);
  });

  it('lists the problems of a workbook with mistakes and hands out the marked copy', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('课表');
    sheet.addRow(['2026年秋季课表（修改稿）']);
    sheet.mergeCells('A1:F1');
    sheet.addRow(['课次编号', '所属班次', '课程', '日期', '学时', '授课教师']);
    sheet.addRow(['X1', '第13期党性教育专题培训班', 'C0001', '2026年9月31日', '3', '杜萍']);
    sheet.addRow(['X2', 'K404', 'C0001', '2026/9/8', '三', '查无此人']);
    const bad = join(files.dir, '课表.xlsx');
    await wb.xlsx.writeFile(bad);
    await shell.open('设置');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: '选择 Excel 文件（.xlsx）' }).click();
    await (await chooser).setFiles(bad);
    await app.page.getByTestId('xlsx-preview').filter({ hasText: '发现 4 处问题' }).waitFor();
    const rows = app.page.getByTestId('xlsx-problems').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(0).textContent()).toContain('D（日期）');
    await app.page.getByTestId('xlsx-preview').scrollIntoViewIfNeeded();
    await app.screenshot('excel-import-problems');
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: '下载标注问题的工作簿' }).click();
    expect((await download).suggestedFilename()).toBe('课表-问题标注.xlsx');
    expect((await app.backend.invoke('app.info', {})).counts.sessions).toBe(495);
  });

  it('previews the semester report and downloads it as xlsx', async () => {
    await shell.open('报表');
    await app.page.getByLabel('学期', { exact: true }).first().click();
    await app.page.getByRole('option', { name: '2026年秋季学期' }).click();
    await app.page.getByRole('button', { name: '预览' }).click();
    const frame = app.page.frameLocator('[data-testid="report-preview"]');
    await frame.getByRole('heading', { name: '学期教学指标统计表' }).waitFor();
    const expected = await app.backend.invoke('indicators.semester', { semester: '2026A' });
    const t1a = expected.indicators.find((i) => i.id === 'T1a')!;
    await frame.getByText(`${(t1a.value! * 100).toFixed(2)}%`).first().waitFor();
    await app.screenshot('reports-preview');
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toBe('学期教学指标统计表-2026年秋季学期.xlsx');
    await app.page.getByTestId('report-export').filter({ hasText: '已生成 学期教学指标统计表-2026年秋季学期.xlsx' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the export\'s stages and progress, and downloads the PDF when it is done', async () => {
    const download = app.page.waitForEvent('download', { timeout: 120_000 });
    await app.page.getByRole('button', { name: '导出 PDF' }).click();
    const panel = app.page.getByTestId('report-export');
    // Printing the PDF takes a few seconds: the bar shows the stage it is in.
    await panel.filter({ hasText: /生成表格|写入文件/ }).waitFor();
    expect(await panel.getByRole('progressbar').getAttribute('aria-valuenow')).toMatch(/^\d+$/);
    await app.screenshot('reports-export-progress');
    expect((await download).suggestedFilename()).toBe('学期教学指标统计表-2026年秋季学期.pdf');
    await panel.filter({ hasText: '文件已交给浏览器下载' }).waitFor();
    await app.screenshot('reports-export-done');
    await panel.getByRole('button', { name: '关闭' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('cancels an export', async () => {
    await app.page.getByRole('button', { name: '导出 PDF' }).click();
    const panel = app.page.getByTestId('report-export');
    await panel.getByRole('button', { name: '取消' }).click();
    await panel.filter({ hasText: '已取消导出，没有生成文件。' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
