// `npm run bench [-- --skip-ui] [--reuse-store] [--only PARTS] [--out FILE]`: generates the large-school dataset when it is missing
// (bench/.data/), imports it into a fresh store, measures every figure of issue 7 against its budget
// and, for aggregates, against the sqlite3 shell on the same file; prints a table and writes JSON
// (bench/results/latest.json).
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { isMethodName } from '../shared/api/contract.ts';
import { parseArgs } from '../electron/cli/args.ts';
import { measureAggregates, type Subjects } from './aggregates.ts';
import { apiLatency, useSession, type ApiCall } from './api-latency.ts';
import { measureBrowser } from './browser.ts';
import { LARGE_SCHOOL } from './dataset.ts';
import { figure, formatMarkdown, formatTable, missing, withSqlite, type Figure } from './figures.ts';
import { writeDataset } from './generate.ts';
import { largestClassSql, largestSemesterSql } from './limit-sql.ts';
import { measureReports } from './reports.ts';
import { screensFor } from './screens.ts';
import { median } from './measure.ts';
import { sqliteShellMs } from './sqlite-shell.ts';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'bench', '.data');
const args = parseArgs(process.argv.slice(2));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
// --only import,open,indicators,renewal,compliance,drilldown,reports,api,ui measures those parts alone (for iterating on one figure).
const only = typeof args.options.get('only') === 'string' ? new Set((args.options.get('only') as string).split(',')) : null;
const part = (name: string) => only === null || only.has(name);

function ensureDataset(): string {
  const o = LARGE_SCHOOL;
  const file = join(dataDir, `school-${o.years}y-${o.classesPerYear}c-${o.trainees}t-${o.records}r-seed${o.seed}.json`);
  if (!existsSync(file)) {
    log(`generating ${file}`);
    mkdirSync(dataDir, { recursive: true });
    writeDataset(o, `${file}.part`);
    execFileSync('mv', [`${file}.part`, file]);
  }
  return file;
}

function runChild(script: string, childArgs: string[]): string {
  return execFileSync(process.execPath, [join(root, 'bench', script), ...childArgs], { cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
}

async function importFigures(doc: string, db: string): Promise<Figure[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  log('importing the whole document into a fresh store');
  const r = JSON.parse(runChild('import-child.ts', [db, doc])) as { rows: number; totalMs: number; maxRssKb: number };
  return [
    figure('import.rate', 'import of the whole document', (r.rows / r.totalMs) * 1000, 'rows/s',
      `${r.rows.toLocaleString('en-US')} rows in ${(r.totalMs / 1000).toFixed(1)} s (read, validate and write streamed in one transaction)`),
    figure('memory.import', 'peak memory (RSS) of the importing process', r.maxRssKb / 1024, 'MB'),
  ];
}

interface OpenRun {
  openMs: number;
  checkMs: number;
  statementMs: number;
  workerMs: number;
  status: string;
}

/**
 * Opening the store after the import closed it cleanly; the full check runs in the background. The
 * shell's `.timer` times its statement alone, so it is set against the check's statement as the worker
 * timed it; the check's total adds starting the worker thread and its connection. Three openings, each
 * followed by the shell's check (so both meet the same load); the medians.
 */
function openFigures(db: string): Figure[] {
  log('opening the store');
  const runs: OpenRun[] = [];
  const shell: number[] = [];
  for (let i = 0; i < 3; i++) {
    runs.push(JSON.parse(runChild('open-child.ts', [db])) as OpenRun);
    shell.push(sqliteShellMs(db, 'PRAGMA quick_check', 1));
  }
  const of = (key: 'openMs' | 'checkMs' | 'statementMs') => median(runs.map((r) => r[key]));
  const statuses = [...new Set(runs.map((r) => r.status))].join(', ');
  return [
    figure('store.open', 'store open until it answers (header and schema checked)', of('openMs'), 'ms', 'a list of semesters answered; median of 3'),
    figure('store.check', 'full integrity check after open, in the background', of('checkMs'), 'ms', `result: ${statuses}; from opening the store until the check answered`),
    withSqlite(
      figure('store.check.statement', 'integrity check: its quick_check statement', of('statementMs'), 'ms', 'timed in the worker around the statement, as the shell times its own'),
      median(shell),
    ),
    figure('store.check.start', 'integrity check: starting its worker', median(runs.map((r) => r.workerMs - r.statementMs)), 'ms', 'thread start, module load, read-only connection opened and closed'),
  ];
}

function subjectsOf(db: string): Subjects {
  const sqlite = new SQLite(db, { readonly: true });
  try {
    const semester = sqlite.prepare(largestSemesterSql).pluck().get() as string;
    const klass = sqlite.prepare(largestClassSql.replace('GROUP BY', 'WHERE k.semester_id = ? GROUP BY')).pluck().get(semester) as string;
    const year = sqlite.prepare('SELECT max(year) FROM semesters').pluck().get() as number;
    return { db, semester, klass, year, asOf: `${year}-12-31` };
  } finally {
    sqlite.close();
  }
}

function storeCounts(db: string): Record<string, number> {
  const sqlite = new SQLite(db, { readonly: true });
  try {
    const tables = ['semesters', 'faculty', 'courses', 'classes', 'sessions', 'session_lecturers', 'online_courses', 'trainees', 'training_records'];
    return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  } finally {
    sqlite.close();
  }
}

function ensureUi(): string {
  const uiRoot = join(root, 'out', 'renderer');
  if (!existsSync(join(uiRoot, 'index.html'))) {
    log('building the UI');
    execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
  }
  return uiRoot;
}

async function serverFigures(s: Subjects, withApi: boolean, withUi: boolean): Promise<Figure[]> {
  const uiRoot = ensureUi();
  const child = fork(join(root, 'bench', 'server-child.ts'), [s.db, uiRoot], { cwd: root, execPath: process.execPath, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exit = '';
  child.once('exit', (code, signal) => (exit = `the server process ended (${signal ?? `exit status ${code}`})`));
  const next = <T>(): Promise<T> =>
    new Promise((ok, fail) => {
      child.once('message', (m) => ok(m as T));
      child.once('exit', () => fail(new Error(exit)));
    });
  const figures: Figure[] = [];
  try {
    const { url, token } = await next<{ url: string; token: string }>();
    useSession(token);
    const calls: ApiCall[] = [
      { method: 'app.info', input: {} },
      { method: 'semesters.list', input: {} },
      { method: 'classes.list', input: { semester: s.semester } },
      { method: 'sessions.list', input: { class: s.klass } },
      { method: 'trainees.list', input: { limit: 100, offset: 25_000 } },
      { method: 'faculty.list', input: { limit: 100 } },
    ];
    if (isMethodName('indicators.semester')) calls.push({ method: 'indicators.semester', input: { semester: s.semester } });
    if (withApi) {
      log(`API latency through ${url} (${calls.map((c) => c.method).join(', ')})`);
      const api = await apiLatency(url, calls);
      figures.push(
        figure('api.p50', 'API latency p50, alone', api.alone.p50, 'ms', `${api.alone.samples} calls`),
        figure('api.p99', 'API latency p99, alone', api.alone.p99, 'ms'),
        figure('api.p50.export', 'API latency p50, during a full export', api.duringExport.p50, 'ms', `${api.duringExport.samples} calls`),
        figure('api.p99.export', 'API latency p99, during a full export', api.duringExport.p99, 'ms'),
        figure('export.full', 'full export over HTTP', api.exportMs, 'ms', `${Math.round(api.exportBytes / 1024 / 1024)} MB`),
      );
    }
    if (!withUi) log('skipping Chromium');
    else {
      log('Chromium: timetable, trainee list, scrolling');
      figures.push(...(await measureBrowser(url, token, screensFor(s.semester, s.klass, storeCounts(s.db).trainees!), join(root, 'bench', 'results', 'trainee-list.png'))));
    }
    child.send('rss');
    const { maxRssKb } = await next<{ maxRssKb: number }>();
    figures.push(figure('memory.backend', 'peak memory (RSS) of the backend serving browser mode', maxRssKb / 1024, 'MB'));
  } catch (error) {
    figures.push(missing('server', 'browser mode', '', `${(error as Error).message.slice(0, 300)} ${exit}`, 'error'));
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.send('stop');
      await new Promise((ok) => child.once('exit', ok));
    }
  }
  return figures;
}

const started = Date.now();
const doc = typeof args.options.get('data') === 'string' ? (args.options.get('data') as string) : ensureDataset();
const db = join(dataDir, 'bench.sqlite');
mkdirSync(dataDir, { recursive: true });
const figures: Figure[] = [];
// --reuse-store skips the import when a store from an earlier run is there (for iterating on one figure).
if (args.options.has('reuse-store') && existsSync(db)) log(`reusing ${db}: no import figures`);
else if (part('import')) figures.push(...(await importFigures(doc, db)));
if (part('open')) figures.push(...openFigures(db));
const subjects = subjectsOf(db);
log(`largest semester ${subjects.semester}, its largest class ${subjects.klass}, year ${subjects.year}`);
log('aggregates, and the same questions in the sqlite3 shell');
figures.push(...(await measureAggregates(subjects, part)));

const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
if (part('reports')) {
  log('reports of the largest semester');
  figures.push(...measureReports(subjects, outDir, (line) => log(`  ${line}`)));
}
if (part('api') || part('ui')) figures.push(...(await serverFigures(subjects, part('api'), part('ui') && !args.options.has('skip-ui'))));

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  freeMemoryGb: Math.round(freemem() / 1024 ** 3),
  node: process.version,
  loadAverage1m: Number(loadavg()[0]!.toFixed(1)),
  sqlite3: execFileSync('/usr/bin/sqlite3', ['--version'], { encoding: 'utf8' }).split(' ')[0],
};
const counts = storeCounts(db);
const result = { date: new Date().toISOString(), machine, dataset: { options: LARGE_SCHOOL, counts }, subjects, figures, seconds: (Date.now() - started) / 1000 };
const out = typeof args.options.get('out') === 'string' ? (args.options.get('out') as string) : join(outDir, 'latest.json');
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(out.replace(/\.json$/, '.md'), `${formatMarkdown(figures)}\n`);
console.log(formatTable(figures));
console.log(`\n${machine.cpus} cores (${machine.cpuModel}), load average ${machine.loadAverage1m} at the end, ${machine.memoryGb} GB, Node ${machine.node}, sqlite3 ${machine.sqlite3}; dataset ${JSON.stringify(counts)}`);
console.log(`written ${out}`);
