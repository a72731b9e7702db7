// The limit: the sqlite3 command-line shell answering the same question on the same store file. Each
// statement runs several times in one shell with `.timer on`; the median "real" time counts, so the
// shell's start-up and the first cold read are left out, as they are for our warm figures.
import { spawnSync } from 'node:child_process';
import { median } from './measure.ts';

export const SQLITE3 = '/usr/bin/sqlite3';

export function sqliteShellMs(dbPath: string, sql: string, runs = 5): number {
  const statement = sql.trim().replace(/;?\s*$/, ';');
  const script = ['.timer on', ...Array.from({ length: runs + 1 }, () => statement)].join('\n');
  const result = spawnSync(SQLITE3, ['-readonly', dbPath], { input: script, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  const times = [...result.stdout.matchAll(/^Run Time: real ([0-9.]+)/gm)].map((m) => Number(m[1]) * 1000);
  if (times.length !== runs + 1) throw new Error(`sqlite3 printed ${times.length} timings, expected ${runs + 1}: ${result.stderr}`);
  return median(times.slice(1));
}
