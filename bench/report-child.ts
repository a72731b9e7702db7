// Writes one report the way `cli report ... --out FILE` does, in a process of its own so that its
// peak memory is the report's alone. The store is opened (and its daily backup taken) before the clock
// starts. Answers JSON on stdout: milliseconds, file size and the process's peak RSS, or the error.
import { statSync } from 'node:fs';
import { openBackend } from '../electron/backend/backend.ts';
import { parseArgs } from '../electron/cli/args.ts';
import { commands } from '../electron/cli/commands/index.ts';

const [db, ...reportArgs] = process.argv.slice(2) as [string, ...string[]];
const report = commands.report!;
const backend = openBackend(db);
try {
  if (!('run' in report)) throw new Error('CLI command report is missing');
  await backend.ready;
  const args = parseArgs(['report', ...reportArgs]);
  const start = performance.now();
  const status = await report.run(backend, args, { out: () => {}, err: () => {} });
  const ms = performance.now() - start;
  if (status !== 0) throw new Error(`exit status ${status}`);
  const out = args.options.get('out') as string;
  process.stdout.write(JSON.stringify({ ms, bytes: statSync(out).size, maxRssKb: process.resourceUsage().maxRSS }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: (error as Error).message }));
} finally {
  await backend.close();
}
