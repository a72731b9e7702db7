// A report printed in several parts (a large school's register cannot be printed in one piece) reads
// as one document: pages numbered through “第 x 页 共 y 页”, the school's name on every page, the
// summary tables first, and every trainee of the compliance JSON in the register. Small parts (a few
// rows) make the 40-trainee fixture span several of them.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../shared/reports/model.ts';
import { reportHtml, reportHtmlParts } from '../../electron/backend/reports/html.ts';
import { reportPdf } from '../../electron/backend/reports/pdf.ts';
import { readFixture, tempBackend } from '../helpers.ts';

const ROWS_PER_PART = 15;

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

describe('a compliance PDF printed in parts', () => {
  const backend = tempBackend();
  let model: ReportModel;
  let trainees: string[];
  let pages: string[];
  let pageCount: number;

  beforeAll(async () => {
    await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    model = await backend.invoke('reports.model', { kind: 'compliance', asOf: '2026-06-30' });
    trainees = (await backend.invoke('indicators.compliance', { asOf: '2026-06-30' })).trainees.map((t) => t.trainee);
    const file = join(backend.dir, 'compliance.pdf');
    const fd = openSync(file, 'w');
    try {
      await reportPdf(model, fd, undefined, { rowsPerPart: ROWS_PER_PART });
    } finally {
      closeSync(fd);
    }
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    // poppler says on stderr when it has to repair a file (a broken cross-reference table, say).
    expect(info.stderr).toBe('');
    pageCount = Number(/Pages:\s+(\d+)/.exec(info.stdout)![1]);
    expect(info.stdout).toMatch(/Title:\s+学员学时达标情况/);
    // pdftotext ends every page with a form feed.
    pages = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
  }, 180_000);
  afterAll(() => backend.dispose());

  it('spans several parts', () => {
    const parts = [...reportHtmlParts(model, ROWS_PER_PART)];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.reduce((sum, p) => sum + p.rows, 0)).toBe(model.sections.reduce((sum, s) => sum + (s.table?.rows.length ?? 0), 0));
  });

  it('numbers the pages through, with the school on every page', () => {
    expect(pages).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThan(3);
    pages.forEach((text, i) => {
      expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页共${pageCount}页`);
      expect(text).toContain(model.institution);
    });
  });

  it('puts the summary tables first and every trainee in the register, the counting rules last', () => {
    const all = pages.join('\n');
    expect(pages[0]).toContain('按学时规则组汇总');
    expect(all.indexOf('按工作单位汇总')).toBeLessThan(all.indexOf('学员逐项检查明细'));
    expect(trainees.length).toBe(40);
    for (const id of trainees) expect(all).toMatch(new RegExp(`^\\s*${id}\\s`, 'm'));
    // Each check of each trainee is one line of the register.
    const detail = model.sections.at(-1)!.table!.rows.length;
    expect(all.match(/^\s*T\d{5}\s/gm)).toHaveLength(detail);
    expect(pages.at(-1)).toContain('数据质量检查');
  });

  it('previews the first rows of a long table with a note', () => {
    const html = reportHtml(model, { previewRows: 10 });
    const detail = model.sections.at(-1)!.table!.rows.length;
    expect(html).toContain(`预览仅显示前 10 行（共 ${detail} 行）`);
    expect(html.match(/<td>T\d{5}<\/td>/g)).toHaveLength(10);
  });
});
