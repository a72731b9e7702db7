// Opens the large store the way every process does (CLI, browser mode, the desktop backend), in a process
// of its own: how long until the store answers, and how long the full integrity check that then runs
// in the background takes: in all, and its statement alone (the rest is starting its worker thread and
// connection). Answers JSON on stdout.
import { openBackend } from '../electron/backend/backend.ts';

const [db] = process.argv.slice(2) as [string];
const t0 = performance.now();
const backend = openBackend(db, { checkDelayMs: 0 });
await backend.invoke('semesters.list', {});
const t1 = performance.now();
const integrity = await backend.store.integrity.result();
const t2 = performance.now();
await backend.close();
const timing = backend.store.integrity.timing!;
process.stdout.write(JSON.stringify({ openMs: t1 - t0, checkMs: t2 - t0, statementMs: timing.statementMs, workerMs: timing.totalMs, status: integrity.status }));
