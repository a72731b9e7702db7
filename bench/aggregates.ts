// The aggregates the product answers in-process (contract methods through the backend), each timed
// cold (first call on a freshly opened store) and warm (median of repeated calls), next to the same
// question asked of the sqlite3 shell. A method that has not landed yet is reported as such.
import { isMethodName } from '../shared/api/contract.ts';
import { openBackend, type Backend } from '../electron/backend/backend.ts';
import { figure, missing, withSqlite, type Figure } from './figures.ts';
import { complianceSql, drilldownSql, renewalSql, semesterIndicatorsSql } from './limit-sql.ts';
import { median, now, timed } from './measure.ts';
import { sqliteShellBatchMs, sqliteShellMs } from './sqlite-shell.ts';

export interface Subjects {
  db: string;
  semester: string;
  klass: string;
  year: number;
  asOf: string;
}

interface Aggregate {
  id: string;
  label: string;
  method: string;
  input: (s: Subjects) => unknown;
  sql: (s: Subjects) => string;
  /** Also report the cold (first) call. */
  cold?: boolean;
  /** Also time calls that each follow a write (answers kept until the data changes are computed afresh). */
  afterWrite?: boolean;
  runs: number;
}

/** The plan's first year: renewal is counted from here (domain.md 口径 5). */
const PLAN_FIRST_YEAR = 2023;

const AGGREGATES: Aggregate[] = [
  {
    id: 'indicators',
    label: "one semester's indicators",
    method: 'indicators.semester',
    input: (s) => ({ semester: s.semester }),
    sql: (s) => semesterIndicatorsSql(s.semester),
    cold: true,
    afterWrite: true,
    runs: 7,
  },
  {
    id: 'renewal',
    label: 'renewal R1+R2',
    method: 'indicators.renewal',
    input: (s) => ({ year: s.year }),
    sql: (s) => renewalSql(PLAN_FIRST_YEAR, s.year),
    runs: 5,
  },
  {
    id: 'compliance',
    label: 'compliance, every trainee',
    method: 'indicators.compliance',
    input: (s) => ({ asOf: s.asOf }),
    sql: (s) => complianceSql(s.asOf),
    runs: 3,
  },
  {
    id: 'drilldown',
    label: 'drill-down, largest class',
    method: 'indicators.drilldown',
    input: (s) => ({ semester: s.semester, indicator: 'T1a', class: s.klass }),
    sql: (s) => drilldownSql(s.klass),
    runs: 7,
  },
];

/**
 * Calls timed after a write each. A call then reloads the semester, and its CPU time varies from run to
 * run (15-39 ms on the idle machine, the shell's 14-23 ms): a median of few runs swings either side of
 * the shell's.
 */
const AFTER_WRITE_RUNS = 21;

/** Below this, the shell's timer (whole milliseconds) cannot tell the answer's time: both sides are timed in batches. */
const TIMER_RESOLVES_MS = 10;
/** About this long per batch. */
const BATCH_MS = 100;

/**
 * Time per call of n calls in a row, ours and the shell's (`sqliteShellBatchMs`), a batch of each in
 * turn so that both meet the same load on a shared machine; the median of `batches` batches of each.
 * One untimed batch of ours goes first: until V8 has optimised the call's code, a call costs up to
 * twice as much (the shell's first run is left out likewise).
 */
async function batchesMs(call: () => Promise<unknown>, db: string, sql: string, n: number, batches = 5): Promise<{ ours: number; shell: number }> {
  const ours: number[] = [];
  const shell: number[] = [];
  for (let j = 0; j < n; j++) await call();
  for (let i = 0; i < batches; i++) {
    shell.push(sqliteShellBatchMs(db, sql, n));
    const start = now();
    for (let j = 0; j < n; j++) await call();
    ours.push((now() - start) / n);
  }
  return { ours: median(ours), shell: median(shell) };
}

async function measure(backend: Backend, a: Aggregate, s: Subjects): Promise<Figure[]> {
  const call = () => backend.invoke(a.method as never, a.input(s) as never);
  const first = await timed(call);
  const warm: number[] = [];
  for (let i = 0; i < a.runs; i++) warm.push((await timed(call)).ms);
  const changed: number[] = [];
  if (a.afterWrite) {
    // Saving the institution profile unchanged is a real write (with its audit entry) that touches no figure.
    const institution = await backend.invoke('institution.get', {});
    if (institution)
      for (let i = 0; i < AFTER_WRITE_RUNS; i++) {
        await backend.invoke('institution.update', institution);
        changed.push((await timed(call)).ms);
      }
  }
  let shell = sqliteShellMs(s.db, a.sql(s));
  let ours = median(warm);
  let note: string | undefined;
  if (shell < TIMER_RESOLVES_MS) {
    const n = Math.ceil(BATCH_MS / Math.max(ours, 0.01));
    ({ ours, shell } = await batchesMs(call, s.db, a.sql(s), n));
    note = `median of 5 batches of ${n} calls, the shell's the same way, in turn`;
  }
  const figures: Figure[] = [];
  if (a.cold) figures.push(figure(`${a.id}.cold`, `${a.label} (cold)`, first.ms, 'ms', 'first call after opening the store'));
  const id = a.id === 'compliance' ? 'compliance.all' : `${a.id}.warm`;
  figures.push(withSqlite(figure(id, `${a.label}${a.cold ? ' (warm)' : ''}`, ours, 'ms', note), shell));
  if (changed.length > 0)
    figures.push(withSqlite(figure(`${a.id}.changed`, `${a.label} (after a write)`, median(changed), 'ms', `median of ${AFTER_WRITE_RUNS} calls, each after a write, so nothing kept is reused`), shell));
  return figures;
}

/** `wanted(id)`: whether to measure the aggregate with that id (all of them in a full run). */
export async function measureAggregates(s: Subjects, wanted: (id: string) => boolean): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const a of AGGREGATES.filter((x) => wanted(x.id))) {
    const label = `${a.label}${a.cold ? ' (warm)' : ''}`;
    const id = a.id === 'compliance' ? 'compliance.all' : `${a.id}.warm`;
    if (!isMethodName(a.method)) {
      figures.push(missing(id, label, 'ms', `contract method ${a.method} has not landed`));
      continue;
    }
    // A fresh backend per aggregate: its first call is a cold one. Its background integrity check is
    // done first: otherwise a worker reads the whole file on the other core while the calls are timed.
    const backend = openBackend(s.db, { checkDelayMs: 0 });
    try {
      await backend.store.integrity.result();
      figures.push(...(await measure(backend, a, s)));
    } catch (error) {
      figures.push(missing(id, label, 'ms', (error as Error).message.slice(0, 200), 'error'));
    } finally {
      await backend.close();
    }
  }
  return figures;
}
