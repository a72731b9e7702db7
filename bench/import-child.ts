// Imports the whole document the way `cli import` does (the file streamed, validated and written in
// one transaction), in a process of its own so its peak memory is the import's alone. Answers JSON on stdout.
import { openBackend } from '../electron/backend/backend.ts';
import { ExchangeFile } from '../electron/backend/exchange/exchange-file.ts';

const [db, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const backend = openBackend(db);
const summary = await backend.invoke('exchange.import', { document: new ExchangeFile(file) });
const t1 = performance.now();
await backend.close();
const rows = Object.values(summary.imported).reduce((a, b) => a + b, 0);
process.stdout.write(JSON.stringify({ rows, totalMs: t1 - t0, maxRssKb: process.resourceUsage().maxRSS }));
