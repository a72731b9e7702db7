// What the benchmark measures and reports: one figure per line of the table, with its budget and, for
// aggregates, the time the sqlite3 shell needs for the same question on the same store file.

export type Status = 'PASS' | 'MISS' | 'info' | 'not available yet' | 'error';

export interface Budget {
  op: '<=' | '>=';
  limit: number;
}

export interface Figure {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  budget?: Budget;
  status: Status;
  note?: string;
  /** Milliseconds the sqlite3 shell took for the same SQL question, and ours / sqlite3. */
  sqlite?: { ms: number; ratio: number; status: 'PASS' | 'MISS' };
}

/** Every aggregate must be within this factor of the sqlite3 shell. */
export const SQLITE_RATIO_LIMIT = 1.5;

export const BUDGETS: Record<string, Budget> = {
  'import.rate': { op: '>=', limit: 50_000 },
  'indicators.warm': { op: '<=', limit: 50 },
  'indicators.changed': { op: '<=', limit: 50 },
  'compliance.all': { op: '<=', limit: 1000 },
  'report.xlsx': { op: '<=', limit: 2000 },
  'ui.list.visible': { op: '<=', limit: 500 },
  'api.p99.export': { op: '<=', limit: 50 },
  'memory.backend': { op: '<=', limit: 500 },
  'memory.import': { op: '<=', limit: 500 },
};

/** A report is made by the backend: its process's peak memory has the backend's budget. */
const budgetOf = (id: string): Budget | undefined => BUDGETS[id] ?? (id.startsWith('memory.report.') ? BUDGETS['memory.backend'] : undefined);

export function figure(id: string, label: string, value: number, unit: string, note?: string): Figure {
  const budget = budgetOf(id);
  const status: Status = !budget ? 'info' : (budget.op === '<=' ? value <= budget.limit : value >= budget.limit) ? 'PASS' : 'MISS';
  return { id, label, value, unit, ...(budget ? { budget } : {}), status, ...(note ? { note } : {}) };
}

export function missing(id: string, label: string, unit: string, note: string, status: Status = 'not available yet'): Figure {
  const budget = budgetOf(id);
  return { id, label, value: null, unit, ...(budget ? { budget } : {}), status, note };
}

export function withSqlite(f: Figure, sqliteMs: number): Figure {
  if (f.value === null) return f;
  const ratio = f.value / sqliteMs;
  return { ...f, sqlite: { ms: sqliteMs, ratio, status: ratio <= SQLITE_RATIO_LIMIT ? 'PASS' : 'MISS' } };
}

const num = (v: number): string =>
  v >= 1000 ? Math.round(v).toLocaleString('en-US') : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);

/** The figures as a fixed-width text table. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    f.value === null ? '-' : `${num(f.value)} ${f.unit}`,
    f.budget ? `${f.budget.op} ${num(f.budget.limit)} ${f.unit}` : '',
    f.status,
    f.sqlite ? `${num(f.sqlite.ms)} ms` : '',
    f.sqlite ? `${f.sqlite.ratio.toFixed(2)}x ${f.sqlite.status}` : '',
    f.note ?? '',
  ]);
  const head = ['measure', 'ours', 'budget', 'status', 'sqlite3 shell', 'ours/sqlite3', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The figures as a Markdown table (README / docs). */
export function formatMarkdown(figures: readonly Figure[]): string {
  const out = ['| measure | ours | budget | status | sqlite3 shell | ours/sqlite3 | note |', '|---|---|---|---|---|---|---|'];
  for (const f of figures) {
    out.push(
      `| ${f.label} | ${f.value === null ? '-' : `${num(f.value)} ${f.unit}`} | ${f.budget ? `${f.budget.op} ${num(f.budget.limit)} ${f.unit}` : ''} | ${f.status} | ${f.sqlite ? `${num(f.sqlite.ms)} ms` : ''} | ${f.sqlite ? `${f.sqlite.ratio.toFixed(2)}x ${f.sqlite.status}` : ''} | ${f.note ?? ''} |`,
    );
  }
  return out.join('\n');
}
