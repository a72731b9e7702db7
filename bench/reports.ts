// Each report (学期教学指标 and 师资授课 of the largest semester, 年度课程更新 of the latest year, 学员学时达标
// as of its end) in xlsx, PDF and docx, each written the way `cli report ... --out FILE` writes it in a
// process of its own: the report's time (store already open) and the process's peak memory.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Subjects } from './aggregates.ts';
import { figure, missing, type Figure } from './figures.ts';

const FORMATS = ['xlsx', 'pdf', 'docx'] as const;
/** A report that takes longer than this is reported as an error, not waited for. */
const TIMEOUT_MS = 600_000;

interface Report {
  /** The figure's id part: the semester report keeps the plain `report.<format>` of the budget. */
  id: string;
  label: string;
  args: (s: Subjects) => string[];
}

const REPORTS: Report[] = [
  { id: '', label: 'semester report, largest semester', args: (s) => ['--semester', s.semester] },
  { id: 'faculty.', label: 'faculty report, largest semester', args: (s) => ['--kind', 'faculty', '--semester', s.semester] },
  { id: 'renewal.', label: 'renewal report, latest year', args: (s) => ['--kind', 'renewal', '--year', String(s.year)] },
  { id: 'compliance.', label: 'compliance report, every trainee', args: (s) => ['--kind', 'compliance', '--as-of', s.asOf] },
];

export function measureReports(s: Subjects, outDir: string, log: (line: string) => void): Figure[] {
  const figures: Figure[] = [];
  for (const report of REPORTS)
    for (const format of FORMATS) {
      const id = `report.${report.id}${format}`;
      const label = `${report.label}, ${format}`;
      const out = join(outDir, `report-${report.id || 'semester.'}${format}`);
      log(label);
      try {
        const child = execFileSync(process.execPath, [join(import.meta.dirname, 'report-child.ts'), s.db, ...report.args(s), '--out', out], {
          encoding: 'utf8',
          timeout: TIMEOUT_MS,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const r = JSON.parse(child) as { ms: number; bytes: number; maxRssKb: number } | { error: string };
        if ('error' in r) throw new Error(r.error);
        figures.push(figure(id, label, r.ms, 'ms', `${Math.round(r.bytes / 1024).toLocaleString('en-US')} KB`));
        figures.push(figure(`memory.${id}`, `peak memory (RSS), ${label}`, r.maxRssKb / 1024, 'MB'));
      } catch (error) {
        const e = error as Error & { code?: string; signal?: string };
        const why = e.code === 'ETIMEDOUT' || e.signal ? `no answer within ${TIMEOUT_MS / 1000} s` : e.message.split('\n')[0]!;
        figures.push(missing(id, label, 'ms', why.slice(0, 200), 'error'));
      }
    }
  return figures;
}
