// Native charts in the xlsx and docx reports: the chart parts' cached figures equal the CLI's JSON, the
// xlsx chart refers to cells that hold the same figures, the docx chart carries a workbook of them, and
// LibreOffice draws both charts when it converts the files to PDF.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = tempDir('jiaowu-charts-');
const db = join(dir.dir, 'c.sqlite');
afterAll(() => dir.cleanup());

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
const cli = (...args: string[]) => JSON.parse(run('npm', ['run', '--silent', 'cli', '--', '--db', db, ...args]));
const file = (name: string) => join(dir.dir, name);

interface Series {
  name: string;
  ref: string | null;
  labels: string[];
  values: (number | null)[];
}
interface Chart {
  title: string;
  series: Series[];
  externalData: boolean;
}

const all = (xml: string, re: RegExp): RegExpExecArray[] => [...xml.matchAll(new RegExp(re, 'g'))];
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The chart part's title and each series' cached labels and values, read from the XML. */
function readChart(xml: string): Chart {
  const series = all(xml, /<c:ser>([\s\S]*?)<\/c:ser>/).map(([, ser]) => {
    const points = (block: string) => {
      const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(block)![1]);
      const out: (string | null)[] = Array.from({ length: count }, () => null);
      for (const [, idx, v] of all(block, /<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/)) out[Number(idx)] = unescape(v!);
      return out;
    };
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)![1]!;
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)![1]!;
    return {
      name: unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)![1]!),
      ref: /<c:f>([^<]*)<\/c:f>/.exec(val)?.[1] ?? null,
      labels: points(cat) as string[],
      values: points(val).map((v) => (v === null ? null : Number(v))),
    };
  });
  return { title: unescape(/<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!), series, externalData: xml.includes('<c:externalData') };
}

async function chartsIn(path: string, prefix: string): Promise<{ zip: JSZip; charts: Chart[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files).filter((f) => new RegExp(`^${prefix}/charts/chart\\d+\\.xml$`).test(f)).sort();
  return { zip, charts: await Promise.all(names.map(async (n) => readChart(await zip.file(n)!.async('string')))) };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const expected: { indicators?: Json; renewal?: Json } = {};
const pdfText: Record<string, string> = {};

beforeAll(() => {
  cli('import', join(FIXTURES, 'provincial-small.json'));
  expected.indicators = cli('indicators', '--semester', '2026A');
  expected.renewal = cli('renewal', '--year', '2026');
  for (const ext of ['xlsx', 'docx']) {
    cli('report', '--semester', '2026A', '--out', file(`semester.${ext}`));
    cli('report', '--kind', 'renewal', '--year', '2026', '--out', file(`renewal.${ext}`));
  }
  // One conversion per format: semester.xlsx and semester.docx would both become semester.pdf.
  for (const ext of ['xlsx', 'docx']) {
    run('soffice', [`-env:UserInstallation=file://${file('lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', file(`pdf-${ext}`), file(`semester.${ext}`), file(`renewal.${ext}`)]);
    for (const kind of ['semester', 'renewal']) pdfText[`${kind}.${ext}`] = run('pdftotext', ['-layout', join(file(`pdf-${ext}`), `${kind}.pdf`), '-']);
  }
}, 600_000);

/** The semester chart's expectation from the CLI: each ratio indicator's value and threshold. */
function semesterFigures() {
  return (expected.indicators!.indicators as Json[]).map((i) => ({ id: i.id as string, value: i.value as number, threshold: i.threshold as number }));
}

describe('chart of 学期教学指标统计表', () => {
  for (const [ext, prefix] of [['xlsx', 'xl'], ['docx', 'word']] as const)
    it(`${ext}: one native bar chart whose values and thresholds equal the CLI's`, async () => {
      const { charts } = await chartsIn(file(`semester.${ext}`), prefix);
      expect(charts).toHaveLength(1);
      const [chart] = charts as [Chart];
      expect(chart.title).toBe('2026年秋季学期教学指标完成情况');
      const [values, thresholds] = chart.series as [Series, Series];
      expect([values.name, thresholds.name]).toEqual(['实际值', '达标线']);
      const figures = semesterFigures();
      expect(values.labels.map((l) => l.split(' ')[0])).toEqual(figures.map((f) => f.id));
      expect(values.values).toEqual(figures.map((f) => f.value));
      expect(thresholds.values).toEqual(figures.map((f) => f.threshold));
      expect(chart.externalData).toBe(ext === 'docx');
    });

  it('xlsx: the series refer to the 图表 sheet, whose cells hold the same figures', async () => {
    const { charts } = await chartsIn(file('semester.xlsx'), 'xl');
    const [values, thresholds] = charts[0]!.series as [Series, Series];
    expect(values.ref).toBe("'图表'!$B$3:$B$8");
    expect(thresholds.ref).toBe("'图表'!$C$3:$C$8");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('semester.xlsx'));
    const sheet = wb.getWorksheet('图表')!;
    expect([3, 4, 5, 6, 7, 8].map((r) => sheet.getCell(r, 2).value)).toEqual(values.values);
    expect([3, 4, 5, 6, 7, 8].map((r) => sheet.getCell(r, 3).value)).toEqual(thresholds.values);
    expect(sheet.getCell(3, 2).numFmt).toBe('0.00%');
  });

  it('docx: the chart carries its figures as an embedded workbook', async () => {
    const { zip, charts } = await chartsIn(file('semester.docx'), 'word');
    const embedded = new ExcelJS.Workbook();
    await embedded.xlsx.load((await zip.file('word/embeddings/Microsoft_Excel_Worksheet1.xlsx')!.async('nodebuffer')) as never);
    const sheet = embedded.getWorksheet('Sheet1')!;
    const [values] = charts[0]!.series as [Series];
    expect(values.values.map((_, i) => sheet.getCell(i + 2, 2).value)).toEqual(values.values);
    expect(values.ref).toBe("'Sheet1'!$B$2:$B$7");
  });

  it('LibreOffice draws the chart in both files: title, bar labels and the percent axis', () => {
    for (const name of ['semester.xlsx', 'semester.docx']) {
      const text = pdfText[name]!;
      expect(text).toContain('教学指标完成情况');
      // The axis runs 0% to 100% in tens; only a drawn chart puts these labels on the page.
      expect(text).toMatch(/0%\s+10%\s+20%\s+30%\s+40%\s+50%\s+60%\s+70%\s+80%\s+90%\s+100%/);
      expect(text).toContain('达标线');
    }
  });
});

describe('chart of 年度课程更新情况', () => {
  for (const [ext, prefix] of [['xlsx', 'xl'], ['docx', 'word']] as const)
    it(`${ext}: R1 by year and the average, against the threshold, as the CLI computes them`, async () => {
      const r1 = (expected.renewal!.indicators as Json[]).find((i) => i.id === 'R1')!;
      const { charts } = await chartsIn(file(`renewal.${ext}`), prefix);
      const chart = charts.find((c) => c.title === '各年度主体班次课程更新率')!;
      const [values, thresholds] = chart.series as [Series, Series];
      expect(values.labels).toEqual([...(r1.years as Json[]).map((y) => `${y.year}年`), '年均']);
      expect(values.values).toEqual([...(r1.years as Json[]).map((y) => y.rate), r1.value]);
      expect(thresholds.values).toEqual(values.values.map(() => r1.threshold));
    });

  it('LibreOffice draws it in both files', () => {
    for (const name of ['renewal.xlsx', 'renewal.docx']) {
      expect(pdfText[name]).toContain('各年度主体班次课程更新率');
      expect(pdfText[name]).toMatch(/0%\s+10%\s+20%\s+30%\s+40%\s+50%\s+60%\s+70%\s+80%\s+90%\s+100%/);
    }
  });
});
