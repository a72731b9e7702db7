// Entry of the worker thread that makes one report, so that a big school's report never holds up the
// backend's other calls. It reads from a read-only connection of its own inside one read transaction
// (a consistent snapshot in WAL mode) and posts its progress and the file to the backend.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReportFormat, ReportRequest } from '../../../../shared/api/methods/reports.ts';
import { integrityCheck } from '../../store/integrity-check.ts';
import type { StoreSchema } from '../../store/schema.ts';
import type { JobMessage } from './messages.ts';
import { failureMessage, produceReport } from './produce.ts';

const { storePath, request, format } = workerData as { storePath: string; request: ReportRequest; format: ReportFormat };
const post = (message: JobMessage, transfer?: ArrayBuffer[]) => parentPort!.postMessage(message, transfer);

const sqlite = new SQLite(storePath, { readonly: true, fileMustExist: true });
const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
try {
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec('BEGIN');
  // the backend's own store runs the integrity check; this connection only reads a snapshot of it
  const integrity = integrityCheck(storePath);
  const file = await produceReport({ sqlite, db, path: storePath, integrity, close: () => db.destroy() }, request, format, post);
  // Moved to the backend, not copied: a buffer of its own (the file read whole is one) moves as it is.
  const bytes = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : file.slice();
  post({ type: 'done', file: bytes }, [bytes.buffer as ArrayBuffer]);
} catch (error) {
  post({ type: 'failed', message: failureMessage(error) });
} finally {
  if (sqlite.inTransaction) sqlite.exec('COMMIT');
  await db.destroy();
  if (sqlite.open) sqlite.close();
}
