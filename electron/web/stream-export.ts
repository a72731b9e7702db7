// The exchange export over HTTP, streamed: a whole school's document is hundreds of megabytes, and
// building it as one object and one string would stall every other call for seconds and hold it all
// in memory. A worker thread produces the text (export-worker.ts); this side only hands it to the
// socket, so other calls are answered while the export runs.
import type { ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { ExportJob, ExportMessage } from './export-worker.ts';

/** Batches the producer may have on its way before the socket has taken the earlier ones. */
const IN_FLIGHT = 4;

/** Resolves when the answer is complete or cut short; rejects when the export failed before it began. */
export function streamExport(storePath: string, res: ServerResponse): Promise<void> {
  const flow = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  flow[0] = IN_FLIGHT;
  const job: ExportJob = { storePath, flow: flow.buffer as SharedArrayBuffer };
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { workerData: job });
  const credit = () => {
    Atomics.add(flow, 0, 1);
    Atomics.notify(flow, 0);
  };
  const stop = () => {
    Atomics.store(flow, 1, 1);
    Atomics.notify(flow, 0);
  };
  res.on('close', stop);
  return new Promise((resolve, reject) => {
    let failure: Error | undefined;
    worker.on('message', (message: ExportMessage) => {
      if (res.destroyed) return;
      if (message.type === 'begin') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.write('{"ok":true,"value":');
      } else if (message.type === 'text') {
        if (res.write(message.text)) credit();
        else res.once('drain', credit);
      } else res.end('}');
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', () => {
      res.off('close', stop);
      if (!failure) return resolve();
      // Once the answer has begun, a failure can only cut it short: the client sees invalid JSON.
      if (!res.headersSent) return reject(failure);
      res.destroy(failure);
      resolve();
    });
  });
}
