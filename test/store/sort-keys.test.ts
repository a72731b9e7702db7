// The names' pinyin sort keys: a store from before migration 5 gets them on its first open, and keys built
// with other collation data are rebuilt on open; a store keyed with the current data is left alone.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/backend/store/connection.ts';
import { MIGRATIONS } from '../../electron/backend/store/migrations/index.ts';
import { collationVersion, refreshSortKeys, SORT_KEYS } from '../../electron/backend/store/sort-keys.ts';
import { optionalNameSortKey } from '../../shared/domain/name-order.ts';
import { tempDir } from '../helpers.ts';

function seed(db: SQLite.Database): void {
  db.exec(`
    INSERT INTO semesters VALUES ('S', '2026年春季学期', 2026, '2026-03-01', '2026-07-15');
    INSERT INTO faculty (id, name, type, organization) VALUES ('F1', '张三', 'fulltime', '党史教研部'), ('F2', '李四', 'expert', NULL);
    INSERT INTO courses (id, title) VALUES ('C1', '习近平新时代中国特色社会主义思想概论');
    INSERT INTO classes (id, name, semester_id) VALUES ('K1', '第62期中青年干部培训班', 'S');
    INSERT INTO trainees (id, name, organization, exempt) VALUES ('T1', '王五', '某县发改局', 0), ('T2', '赵六', NULL, 0);
  `);
}

/** Every key column equals the key of its name. */
function keysAreCurrent(db: SQLite.Database): boolean {
  return SORT_KEYS.every(({ table, source, key }) =>
    (db.prepare(`SELECT ${source} AS name, ${key} AS key FROM ${table}`).all() as { name: string | null; key: string | null }[]).every(
      (r) => r.key === optionalNameSortKey(r.name),
    ),
  );
}

describe('name sort keys', () => {
  const dirs: { cleanup(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
  const file = () => {
    const d = tempDir();
    dirs.push(d);
    return join(d.dir, 'store.sqlite');
  };

  it('are filled on the first open of a store migrated from version 4', async () => {
    const path = file();
    const old = new SQLite(path);
    for (const m of MIGRATIONS.slice(0, 4)) old.exec(m.sql);
    old.pragma('user_version = 4');
    seed(old);
    old.close();
    const store = openStore(path);
    expect(keysAreCurrent(store.sqlite)).toBe(true);
    expect(store.sqlite.prepare(`SELECT name FROM trainees ORDER BY name_key`).pluck().all()).toEqual(['王五', '赵六']);
    expect(store.sqlite.prepare(`SELECT collation FROM sort_key_state`).pluck().get()).toBe(collationVersion());
    await store.close();
  });

  it('are rebuilt when built with other collation data, and left alone when current', async () => {
    const path = file();
    const store = openStore(path);
    seed(store.sqlite);
    expect(keysAreCurrent(store.sqlite)).toBe(false);
    store.sqlite.exec(`UPDATE sort_key_state SET collation = '1/icu 70.1/cldr 40.0'`);
    await store.close();
    const reopened = openStore(path);
    expect(keysAreCurrent(reopened.sqlite)).toBe(true);
    reopened.sqlite.exec(`UPDATE faculty SET name_key = 'stale' WHERE id = 'F1'`);
    expect(refreshSortKeys(reopened.sqlite)).toBe(false);
    expect(reopened.sqlite.prepare(`SELECT name_key FROM faculty WHERE id = 'F1'`).pluck().get()).toBe('stale');
    await reopened.close();
  });
});
