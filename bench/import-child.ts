// Imports the whole document the way `cli import` does (read, parse, validate, one transaction), in a
// process of its own so its peak memory is the import's alone. Answers JSON on stdout.
import { readFileSync } from 'node:fs';
import { openBackend } from '../electron/backend/backend.ts';

const [db, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
const t1 = performance.now();
const backend = openBackend(db);
const summary = await backend.invoke('exchange.import', { document });
const t2 = performance.now();
await backend.close();
const rows = Object.values(summary.imported).reduce((a, b) => a + b, 0);
process.stdout.write(
  JSON.stringify({ rows, parseMs: t1 - t0, importMs: t2 - t1, totalMs: t2 - t0, maxRssKb: process.resourceUsage().maxRSS }),
);
