// Crash test: a child process imports and edits in a loop and is killed with SIGKILL at random moments.
// After every kill the store must be intact, consistent, and every import entirely present or absent.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/backend.ts';
import { listBackups } from '../../electron/backend/store/backup.ts';
import { verifyCandidate } from '../../electron/backend/store/restore.ts';
import { tempDir } from '../helpers.ts';
import { RECORDS_PER_TRAINEE, TRAINEES_PER_IMPORT } from './crash-child.ts';

const KILLS = 60;
/** Committed imports the run must contain, or it proved nothing about them; a loaded machine gets more kills. */
const MIN_IMPORTS = 10;
const CHILD = join(import.meta.dirname, 'crash-child.ts');
const { dir, cleanup } = tempDir('jiaowu-crash-');
afterAll(cleanup);

/** Starts the child, waits until it has opened the store, lets it work for a random while, kills it. */
function runAndKill(path: string, workMs: number): Promise<{ midImport: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), workMs));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ midImport: stdout.trimEnd().split('\n').at(-1)!.startsWith('importing') });
      else reject(new Error(`child ended by itself (${code}): ${stderr}`));
    });
  });
}

function check(path: string): { imports: number } {
  const db = new SQLite(path);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const perImport = db
      .prepare(
        `SELECT substr(t.id, 1, instr(t.id, '-') - 1) AS n, count(DISTINCT t.id) AS trainees, count(r.id) AS records
         FROM trainees t LEFT JOIN training_records r ON r.trainee_id = t.id
         WHERE t.id LIKE 'C%-T%' GROUP BY n`,
      )
      .all() as { n: string; trainees: number; records: number }[];
    for (const row of perImport) {
      expect({ n: row.n, trainees: row.trainees, records: row.records }).toEqual({
        n: row.n,
        trainees: TRAINEES_PER_IMPORT,
        records: TRAINEES_PER_IMPORT * RECORDS_PER_TRAINEE,
      });
    }
    // imports run in order, so the ones present are exactly 1..k
    const numbers = perImport.map((r) => Number(r.n.slice(1))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    return { imports: numbers.length };
  } finally {
    db.close();
  }
}

it(`survives ${KILLS} kills with SIGKILL during imports and edits`, async () => {
  const path = join(dir, 'crash.sqlite');
  const started = Date.now();
  let imports = 0;
  let midImport = 0;
  let kills = 0;
  // At least KILLS kills; on a slow machine, more and longer-lived children until enough imports committed.
  for (; kills < KILLS || (imports < MIN_IMPORTS && kills < KILLS * 3); kills++) {
    const workMs = Math.floor(Math.random() * (kills < KILLS ? 250 : 1000));
    if ((await runAndKill(path, workMs)).midImport) midImport++;
    imports = check(path).imports;
    // the store still opens through the product, and the newest backup is a valid store
    const backend = openBackend(path);
    await backend.close();
    const newest = listBackups(path)[0];
    if (newest) verifyCandidate(newest.file);
  }
  expect(imports).toBeGreaterThanOrEqual(MIN_IMPORTS);
  // the kills must have hit imports in flight, or the test proved nothing
  expect(midImport).toBeGreaterThan(0);
  console.log(`crash test: ${kills} kills (${midImport} during an import), ${imports} imports present, ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);
