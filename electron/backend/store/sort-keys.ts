// The pinyin sort keys of names (migration 005): which columns they are kept for, and their rebuild when
// the store was keyed by a runtime with other collation data (or not keyed yet).
import type SQLite from 'better-sqlite3';
import { optionalNameSortKey } from '../../../shared/domain/name-order.ts';

/** Each key column and the name it is built from; a nullable name gives a null key. */
export const SORT_KEYS = [
  { table: 'trainees', source: 'name', key: 'name_key' },
  { table: 'trainees', source: 'organization', key: 'organization_key' },
  { table: 'faculty', source: 'name', key: 'name_key' },
  { table: 'faculty', source: 'organization', key: 'organization_key' },
  { table: 'courses', source: 'title', key: 'title_key' },
  { table: 'classes', source: 'name', key: 'name_key' },
] as const;

/** Keys built by this format and collation data order alike; bump the format when nameSortKey changes. */
const KEY_FORMAT = 1;
export const collationVersion = (): string => `${KEY_FORMAT}/icu ${process.versions.icu ?? 'none'}/cldr ${process.versions.cldr ?? 'none'}`;

/** Rebuilds every sort key unless the store's keys are of the current collation version. Answers whether it did. */
export function refreshSortKeys(sqlite: SQLite.Database): boolean {
  const version = collationVersion();
  const stored = sqlite.prepare('SELECT collation FROM sort_key_state WHERE id = 1').pluck().get() as string | undefined;
  if (stored === version) return false;
  sqlite.transaction(() => {
    for (const { table, source, key } of SORT_KEYS) {
      const update = sqlite.prepare(`UPDATE ${table} SET ${key} = ? WHERE rowid = ?`);
      const rows = sqlite.prepare(`SELECT rowid, ${source} FROM ${table}`).raw().iterate() as IterableIterator<[number, string | null]>;
      // the updates are collected first: a statement cannot write the table it is still reading
      const keys: [string | null, number][] = [];
      for (const [rowid, name] of rows) keys.push([optionalNameSortKey(name), rowid]);
      for (const [k, rowid] of keys) update.run(k, rowid);
    }
    sqlite.prepare('INSERT INTO sort_key_state (id, collation) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET collation = excluded.collation').run(version);
  }).immediate();
  return true;
}
