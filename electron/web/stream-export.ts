// The exchange export over HTTP, streamed: a whole school's document is hundreds of megabytes, and
// building it as one object and one string would stall every other call for seconds and hold it all
// in memory. It reads from a read-only connection of its own inside one read transaction (a consistent
// snapshot in WAL mode, while other calls keep using the main connection), and yields to the event loop
// between chunks.
import type { ServerResponse } from 'node:http';
import SQLite from 'better-sqlite3';
import { exportExchangeChunks } from '../backend/exchange/json-export.ts';

const SLICE_MS = 8;

/** Resolves when the client has taken the buffered text, or has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resume) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resume();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export async function streamExport(storePath: string, res: ServerResponse): Promise<void> {
  const reader = new SQLite(storePath, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 5000');
    reader.exec('BEGIN');
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.write('{"ok":true,"value":');
    let pending = '';
    let slice = performance.now();
    for (const chunk of exportExchangeChunks(reader)) {
      if (res.destroyed) return;
      pending += chunk;
      // Work in slices of a few milliseconds, then let other requests in.
      if (performance.now() - slice < SLICE_MS) continue;
      const flushed = res.write(pending);
      pending = '';
      if (!flushed) await drained(res);
      // Always yield a turn of the event loop: on a fast local socket 'drain' comes from process.nextTick,
      // and awaiting only that would starve timers and other requests for the whole export.
      await new Promise((resume) => setImmediate(resume));
      slice = performance.now();
    }
    res.end(`${pending}}`);
  } catch (error) {
    // Once the answer has begun, a failure can only cut it short: the client sees invalid JSON.
    if (!res.headersSent) throw error;
    res.destroy(error as Error);
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  }
}
