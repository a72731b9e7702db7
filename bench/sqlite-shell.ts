// The limit: the sqlite3 command-line shell answering the same question on the same store file. Each
// statement runs several times in one shell with `.timer on`; the median "real" time counts, so the
// shell's start-up and the first cold read are left out, as they are for our warm figures.
import { spawnSync } from 'node:child_process';
import { median, now } from './measure.ts';

export const SQLITE3 = '/usr/bin/sqlite3';

const statementOf = (sql: string) => sql.trim().replace(/;?\s*$/, ';');

function shell(dbPath: string, script: string): string {
  const result = spawnSync(SQLITE3, ['-readonly', dbPath], { input: script, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  return result.stdout;
}

export function sqliteShellMs(dbPath: string, sql: string, runs = 5): number {
  const script = ['.timer on', ...Array.from({ length: runs + 1 }, () => statementOf(sql))].join('\n');
  const times = [...shell(dbPath, script).matchAll(/^Run Time: real ([0-9.]+)/gm)].map((m) => Number(m[1]) * 1000);
  if (times.length !== runs + 1) throw new Error(`sqlite3 printed ${times.length} timings, expected ${runs + 1}`);
  return median(times.slice(1));
}

/**
 * For answers faster than the shell's timer can tell (it prints whole milliseconds): the wall-clock
 * time of a shell that runs the statement 1 + n times, less that of one that runs it once, over n
 * (start-up, opening the file and the first cold read cancel out).
 */
export function sqliteShellBatchMs(dbPath: string, sql: string, n: number): number {
  const once = statementOf(sql);
  const many = Array.from({ length: n + 1 }, () => once).join('\n');
  let start = now();
  shell(dbPath, once);
  const single = now() - start;
  start = now();
  shell(dbPath, many);
  return (now() - start - single) / n;
}
