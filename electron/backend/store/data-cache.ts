// Answers that change only when the data does (the store's counts, ...), kept until the data next
// changes: a write on this connection moves total_changes(), a commit by any other connection or
// process (a restore, the CLI) moves PRAGMA data_version. Nothing is cached inside a transaction: what
// it reads may yet be rolled back.
import type SQLite from 'better-sqlite3';
import { prepared } from './statements.ts';

interface Entries {
  changes: number;
  dataVersion: number;
  values: Map<string, unknown>;
}

/** A few semesters' worth of answers at most: the oldest goes first. */
const MAX_ENTRIES = 16;
const caches = new WeakMap<SQLite.Database, Entries>();

export function cachedUntilChange<T>(sqlite: SQLite.Database, key: string, compute: () => T): T {
  if (sqlite.inTransaction) return compute();
  const [changes, dataVersion] = prepared(sqlite, 'SELECT total_changes(), data_version FROM pragma_data_version').raw().get() as [number, number];
  let entries = caches.get(sqlite);
  if (!entries || entries.changes !== changes || entries.dataVersion !== dataVersion) {
    entries = { changes, dataVersion, values: new Map() };
    caches.set(sqlite, entries);
  }
  if (entries.values.has(key)) return entries.values.get(key) as T;
  const value = compute();
  if (entries.values.size >= MAX_ENTRIES) entries.values.delete(entries.values.keys().next().value!);
  entries.values.set(key, value);
  return value;
}
