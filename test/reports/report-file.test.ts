// `reports.export` writing straight into a file named by an in-process caller (the CLI), and the
// printing Chromium that never fetches anything a page asks for.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chromium } from '../../electron/backend/reports/chromium.ts';
import { chromiumPath } from '../../electron/backend/reports/pdf.ts';
import { ReportFile } from '../../electron/backend/reports/report-file.ts';
import { adminToken, readFixture, tempBackend } from '../helpers.ts';

const backend = tempBackend();
const request = { kind: 'compliance', asOf: '2026-06-30' } as const;

beforeAll(async () => {
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
});
afterAll(() => backend.dispose());

describe('reports.export into a file', () => {
  it('writes the workbook the answer would carry, and answers without base64', async () => {
    const path = join(backend.dir, 'register.xlsx');
    const answer = await backend.invoke('reports.export', { request, format: 'xlsx', into: new ReportFile(path) });
    expect(answer.base64).toBeUndefined();
    expect(answer.fileName).toMatch(/学员学时达标情况.*\.xlsx$/);
    expect(answer.bytes).toBe(statSync(path).size);
    const direct = await backend.invoke('reports.export', { request, format: 'xlsx' });
    const [written, carried] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await written.xlsx.load(readFileSync(path) as never);
    await carried.xlsx.load(Buffer.from(direct.base64!, 'base64') as never);
    expect(written.worksheets.map((s) => s.name)).toEqual(carried.worksheets.map((s) => s.name));
    for (const sheet of written.worksheets) expect(sheet.getSheetValues()).toEqual(carried.getWorksheet(sheet.name)!.getSheetValues());
  });

  it('writes the PDF as it is printed, leaving nothing beside it', async () => {
    const path = join(backend.dir, 'register.pdf');
    const answer = await backend.invoke('reports.export', { request, format: 'pdf', into: new ReportFile(path) });
    expect(answer.bytes).toBe(statSync(path).size);
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info.stderr).toBe('');
    expect(info.stdout).toMatch(/Title:\s+学员学时达标情况/);
    expect(readdirSync(backend.dir).filter((f) => f.startsWith('register.pdf'))).toEqual(['register.pdf']);
  }, 120_000);

  it('fails with the reason and leaves no partial file when the finished file cannot take its name', async () => {
    // a non-empty folder where the file should go: the last step, the rename, fails
    const path = join(backend.dir, 'taken.xlsx');
    mkdirSync(path);
    writeFileSync(join(path, 'keep.txt'), 'x');
    await expect(backend.invoke('reports.export', { request, format: 'xlsx', into: new ReportFile(path) })).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(backend.dir).filter((f) => f.startsWith('taken.xlsx'))).toEqual(['taken.xlsx']);
    expect(readdirSync(path)).toEqual(['keep.txt']);
  });

  it('is refused through a transport, which can only send JSON', async () => {
    const token = await adminToken(backend);
    const path = join(backend.dir, 'elsewhere.xlsx');
    const result = await backend.call('reports.export', { request, format: 'xlsx', into: { path } }, { token });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '参数 into 只能由本机命令行指定' } });
    expect(existsSync(path)).toBe(false);
  });
});

describe('the printing Chromium', () => {
  it('prints a page without fetching what it refers to', async () => {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Chromium itself refuses a public page's requests to a local address: switched off here, so
    // that only the printer's own refusal stands between the page and the server.
    const browser = await Chromium.launch(chromiumPath(), 60_000, ['--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults']);
    const path = join(backend.dir, 'page.pdf');
    const fd = openSync(path, 'w');
    try {
      const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${base}/style.css"></head>
<body><p>第一页的内容</p><img src="${base}/image.png"><iframe src="${base}/frame"></iframe></body></html>`;
      const bytes = await browser.print(html, { printBackground: true }, fd);
      expect(bytes).toBe(statSync(path).size);
    } finally {
      closeSync(fd);
      await browser.close();
      server.close();
    }
    expect(asked).toEqual([]);
    const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('第一页的内容');
  }, 60_000);
});
