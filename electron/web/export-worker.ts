// The streamed exchange export's producer, in a worker thread so that building hundreds of megabytes
// of JSON never holds up the server's other calls. It reads from a read-only connection of its own in
// one read transaction (a consistent snapshot in WAL mode) and posts the text in batches; it waits for
// a credit before each batch, handed back by the main thread as the socket takes the text, so a slow
// client holds back the producer instead of filling memory.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { exportExchangeChunks } from '../backend/exchange/json-export.ts';

export interface ExportJob {
  storePath: string;
  /** Int32 [credits, stop]: batches the main thread will take now; 1 when the client has gone. */
  flow: SharedArrayBuffer;
}

export type ExportMessage = { type: 'begin' } | { type: 'text'; text: string } | { type: 'end' };

const BATCH_CHARS = 256 * 1024;
const { storePath, flow: shared } = workerData as ExportJob;
const flow = new Int32Array(shared);
const post = (message: ExportMessage) => parentPort!.postMessage(message);

/** Waits for a credit and posts the batch; false when the client has gone. */
function send(text: string): boolean {
  for (;;) {
    if (Atomics.load(flow, 1) !== 0) return false;
    const credits = Atomics.load(flow, 0);
    if (credits > 0) break;
    Atomics.wait(flow, 0, credits);
  }
  Atomics.sub(flow, 0, 1);
  post({ type: 'text', text });
  return true;
}

function run(): void {
  const reader = new SQLite(storePath, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 5000');
    reader.exec('BEGIN');
    let pending = '';
    let begun = false;
    for (const chunk of exportExchangeChunks(reader)) {
      if (!begun) {
        // The first chunk has read the store: from here on a failure can only cut the answer short.
        post({ type: 'begin' });
        begun = true;
      }
      pending += chunk;
      if (pending.length < BATCH_CHARS) continue;
      if (!send(pending)) return;
      pending = '';
    }
    if (!begun) post({ type: 'begin' });
    if (send(pending)) post({ type: 'end' });
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  }
}

run();
