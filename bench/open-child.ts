// Opens the large store the way every process does (CLI, browser mode, the desktop backend), in a process
// of its own: how long until the store answers, and how long the full integrity check that then runs
// in the background takes. Answers JSON on stdout.
import { openBackend } from '../electron/backend/backend.ts';

const [db] = process.argv.slice(2) as [string];
const t0 = performance.now();
const backend = openBackend(db, { checkDelayMs: 0 });
await backend.invoke('semesters.list', {});
const t1 = performance.now();
const integrity = await backend.store.integrity.result();
const t2 = performance.now();
await backend.close();
process.stdout.write(JSON.stringify({ openMs: t1 - t0, checkMs: t2 - t0, status: integrity.status }));
