// Entry of the backend's Electron utilityProcess (built as out/main/backend.js). The store path comes
// in the first message rather than argv, whose layout in a utility process is Electron's business.
import { join } from 'node:path';
import { openBackend } from './backend.ts';
import { setReportWorkerEntry } from './reports/jobs/run.ts';
import type { ParentPortLike } from './utility-protocol.ts';
import { serveBackend } from './utility-server.ts';

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!parentPort) throw new Error('backend: must run in an Electron utilityProcess');
// Built beside this file by electron.vite.config.ts.
setReportWorkerEntry(join(import.meta.dirname, 'report-worker.js'));
serveBackend(parentPort, openBackend);
