// A table long enough that the writers stream it in many pieces (the xlsx waits for its zip every 500
// rows; the docx's document part is deflated in 256 KB pieces, each a deflate stream of its own) reads
// back whole in LibreOffice, every row in order.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel, ReportRow } from '../../shared/reports/model.ts';
import { reportDocx } from '../../electron/backend/reports/docx.ts';
import { reportXlsx } from '../../electron/backend/reports/xlsx.ts';
import { tempDir } from '../helpers.ts';

const ROWS = 6000;

const rows: ReportRow[] = Array.from({ length: ROWS }, (_, i) => ({
  cells: [`T${String(i).padStart(5, '0')}`, `学员${i}`, `第${i % 37}党支部`, i * 0.25, i % 3 === 0 ? '不满足' : '满足'],
  tone: i % 3 === 0 ? 'fail' : 'pass',
}));

const model: ReportModel = {
  kind: 'compliance',
  title: '学员学时达标情况',
  institution: '测试党校',
  period: '截至 2026-12-31',
  ruleSet: '测试规则 v1',
  generatedAt: '2026-11-22 09:00',
  summary: [{ label: '学员', value: `${ROWS} 人` }],
  sections: [
    {
      title: '学员逐项检查明细',
      table: {
        name: '学员明细',
        columns: [
          { header: '编号', format: 'text', width: 6 },
          { header: '姓名', format: 'text', width: 6 },
          { header: '工作单位', format: 'text', width: 12 },
          { header: '学时', format: 'number', width: 5 },
          { header: '检查结果', format: 'text', width: 5 },
        ],
        rows,
      },
    },
  ],
  countingRules: ['学时按培训记录计。'],
  quality: { checks: [], findings: [] },
  fileName: 'long-table',
};

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

describe('a long table in xlsx and docx', () => {
  const dir = tempDir();
  let csv: string[];
  let text: string;
  let documentXml: string;

  beforeAll(async () => {
    const xlsx = join(dir.dir, 'long.xlsx');
    const docx = join(dir.dir, 'long.docx');
    writeFileSync(xlsx, await reportXlsx(model));
    const docxFile = await reportDocx(model);
    writeFileSync(docx, docxFile);
    documentXml = new TextDecoder().decode(unzipSync(docxFile)['word/document.xml']);
    const profile = `-env:UserInstallation=file://${join(dir.dir, 'lo-profile')}`;
    run('soffice', [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', join(dir.dir, 'csv'), xlsx]);
    run('soffice', [profile, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir.dir, 'txt'), docx]);
    const sheet = readdirSync(join(dir.dir, 'csv')).find((f) => f.includes('学员明细'))!;
    csv = readFileSync(join(dir.dir, 'csv', sheet), 'utf8').split('\n');
    text = readFileSync(join(dir.dir, 'txt', 'long.txt'), 'utf8');
  }, 300_000);
  afterAll(() => dir.cleanup());

  it('has every row in the xlsx, in order, with its figures', () => {
    const lines = csv.filter((l) => l.startsWith('T'));
    expect(lines).toHaveLength(ROWS);
    lines.forEach((line, i) => expect(line).toBe(`T${String(i).padStart(5, '0')},学员${i},第${i % 37}党支部,${(i * 0.25).toFixed(2)},${i % 3 === 0 ? '不满足' : '满足'}`));
  });

  it('has every row in the docx, in order', () => {
    expect(documentXml.length).toBeGreaterThan(4 * 256 * 1024);
    const ids = [...text.matchAll(/T\d{5}/g)].map((m) => m[0]);
    expect(ids).toEqual(rows.map((r) => r.cells[0]));
    expect(text).toContain(`学员${ROWS - 1}`);
    expect(text).toContain(((ROWS - 1) * 0.25).toFixed(2));
  });
});
