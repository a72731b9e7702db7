import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/backend/store/connection.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/backend/store/migrations/index.ts';
import { tempDir } from '../helpers.ts';

describe('store', () => {
  const dirs: { cleanup(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));
  const path = () => {
    const d = tempDir();
    dirs.push(d);
    return join(d.dir, 'store.sqlite');
  };

  it('creates a new store at the current schema version with WAL, FULL sync and foreign keys', async () => {
    const store = openStore(path());
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await store.close();
  });

  it('numbers migrations consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('reopening a store applies nothing and keeps its data', async () => {
    const file = path();
    const a = openStore(file);
    a.sqlite.prepare(`INSERT INTO semesters VALUES ('S', '2026年春季学期', 2026, '2026-03-01', '2026-07-15')`).run();
    await a.close();
    const b = openStore(file);
    expect(b.sqlite.prepare('SELECT count(*) FROM semesters').pluck().get()).toBe(1);
    await b.close();
  });

  it('refuses a store written by a newer version, in Chinese, without touching it', async () => {
    const file = path();
    const raw = new SQLite(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/高于本程序支持的版本/);
    const check = new SQLite(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('refuses a file that is not a database with a clear message and leaves it in place', () => {
    const file = path();
    writeFileSync(file, 'this is not sqlite '.repeat(200));
    expect(() => openStore(file)).toThrow(/无法打开数据库文件|已损坏/);
    expect(readFileSync(file, 'utf8')).toMatch(/^this is not sqlite/);
  });

  describe('constraints keep bad data out even past the services', () => {
    const cases: [string, string][] = [
      ['unknown category', `INSERT INTO courses (id, title, category) VALUES ('C', '课', 'bogus')`],
      ['negative hours', `INSERT INTO online_courses (id, title, hours) VALUES ('O', '课', -1)`],
      ['impossible date', `INSERT INTO semesters VALUES ('S', '学期', 2026, '2026-02-30', '2026-07-15')`],
      ['end before start', `INSERT INTO semesters VALUES ('S', '学期', 2026, '2026-07-01', '2026-03-01')`],
      ['class of a missing semester', `INSERT INTO classes (id, name, semester_id) VALUES ('K', '班', 'nope')`],
      ['text in an integer column', `INSERT INTO semesters VALUES ('S', '学期', 'abc', '2026-03-01', '2026-07-15')`],
      ['empty id', `INSERT INTO faculty (id, name, type) VALUES ('', '张三', 'fulltime')`],
    ];
    it.each(cases)('%s is refused', async (_name, sql) => {
      const store = openStore(path());
      expect(() => store.sqlite.prepare(sql).run()).toThrow();
      await store.close();
    });
  });
});
