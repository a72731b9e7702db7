// Backups: taken at start (once a day), before imports and migrations; rotation; verified restore that
// never deletes a store.
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend.ts';
import { StoreError } from '../../electron/backend/errors.ts';
import { backupsDir, backupsToKeep, listBackups, type BackupReason } from '../../electron/backend/store/backup.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/backend/store/migrations/index.ts';
import { restoreStoreFile, verifyCandidate } from '../../electron/backend/store/restore.ts';
import { adminToken, readFixture, tempDir } from '../helpers.ts';

const trainee = (id: string) => ({ id, name: `学员${id}`, group: 'H2', organization: '某县发改局', exempt: false });

let dirs: { cleanup(): void }[] = [];
let open: Backend[] = [];
afterEach(async () => {
  for (const b of open) await b.close();
  for (const d of dirs) d.cleanup();
  dirs = [];
  open = [];
});

function newStore(): string {
  const d = tempDir();
  dirs.push(d);
  return join(d.dir, 'store.sqlite');
}
async function start(path: string): Promise<Backend> {
  const b = openBackend(path);
  open.push(b);
  await b.ready;
  return b;
}
async function stop(b: Backend): Promise<void> {
  open = open.filter((x) => x !== b);
  await b.close();
}
const reasons = (path: string) => listBackups(path).map((b) => b.reason);

describe('automatic backups', () => {
  it('takes the daily backup at the first start of the day only', async () => {
    const path = newStore();
    await stop(await start(path));
    await stop(await start(path));
    expect(reasons(path)).toEqual(['daily']);
    expect(existsSync(backupsDir(path))).toBe(true);
  });

  it('backs the store up before every import, holding the state before it', async () => {
    const path = newStore();
    const b = await start(path);
    await b.invoke('trainees.create', trainee('T-before'));
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const pre = listBackups(path).filter((x) => x.reason === 'pre-import');
    expect(pre).toHaveLength(1);
    const copy = new SQLite(pre[0]!.file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM trainees').pluck().get()).toBe(1);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('backs a store of an older version up before migrating it', async () => {
    const path = newStore();
    const old = new SQLite(path);
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO trainees (id, name, group_id, exempt) VALUES ('T1', '张三', 'H2', 0)`).run();
    old.close();
    const b = await start(path);
    if (SCHEMA_VERSION > 1) {
      const pre = listBackups(path).find((x) => x.reason === 'pre-migration')!;
      const copy = new SQLite(pre.file, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      copy.close();
    }
    expect(await b.invoke('trainees.get', { id: 'T1' })).toMatchObject({ name: '张三' });
  });

  it('leaves the store untouched when a write fails halfway', async () => {
    const path = newStore();
    const b = await start(path);
    const doc = readFixture('provincial-small.json');
    // a failure on the last trainee, after the semesters, courses, classes... were written
    const last = (doc.trainees as { id: string }[]).at(-1)!.id;
    b.store.sqlite.exec(`CREATE TEMP TRIGGER fail AFTER INSERT ON trainees WHEN NEW.id = '${last}' BEGIN SELECT RAISE(ABORT, 'disk gone'); END`);
    const result = await b.call('exchange.import', { document: doc });
    expect(result.ok).toBe(false);
    for (const table of ['semesters', 'courses', 'classes', 'sessions', 'trainees', 'institution'])
      expect(b.store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });
});

describe('rotation', () => {
  const at = (iso: string, reason: BackupReason) => ({ name: `${iso}-${reason}`, reason, takenAt: iso });
  it('keeps 7 daily, 4 weekly, pre-change ones for 30 days and every manual one', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const list = [];
    for (let d = 0; d < 60; d++) list.push(at(new Date(now.getTime() - d * 86_400_000).toISOString(), 'daily'));
    list.push(at('2026-11-01T12:00:00.000Z', 'pre-import'), at('2026-10-01T12:00:00.000Z', 'pre-import'));
    list.push(at('2025-01-01T12:00:00.000Z', 'manual'));
    const keep = backupsToKeep(list, now);
    const daily = list.filter((b) => b.reason === 'daily' && keep.has(b.name));
    expect(daily).toHaveLength(11);
    expect(daily.slice(0, 7).map((b) => b.takenAt.slice(0, 10))).toEqual(
      ['21', '20', '19', '18', '17', '16', '15'].map((d) => `2026-11-${d}`),
    );
    expect(keep.has('2026-11-01T12:00:00.000Z-pre-import')).toBe(true);
    expect(keep.has('2026-10-01T12:00:00.000Z-pre-import')).toBe(false);
    expect(keep.has('2025-01-01T12:00:00.000Z-manual')).toBe(true);
  });
});

describe('restore', () => {
  it('refuses a candidate that is not an intact store of this or an older version', async () => {
    const path = newStore();
    const dir = join(path, '..');
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all');
    expect(() => verifyCandidate(join(dir, 'junk.sqlite'))).toThrow(StoreError);
    const newer = new SQLite(join(dir, 'newer.sqlite'));
    newer.exec(MIGRATIONS.map((m) => m.sql).join('\n'));
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    expect(() => verifyCandidate(join(dir, 'newer.sqlite'))).toThrow(/高于本程序支持的版本/);
    const dangling = new SQLite(join(dir, 'dangling.sqlite'));
    dangling.exec(MIGRATIONS.map((m) => m.sql).join('\n'));
    dangling.pragma(`user_version = ${SCHEMA_VERSION}`);
    dangling.pragma('foreign_keys = OFF');
    dangling.prepare(`INSERT INTO training_records (id, trainee_id, date, hours, days, kind, full_time, theory)
      VALUES ('R1', 'nobody', '2026-01-01', 1, 0, 'concentrated', 0, 0)`).run();
    dangling.close();
    expect(() => verifyCandidate(join(dir, 'dangling.sqlite'))).toThrow(/无效的关联记录/);
    const b = await start(path);
    expect(await b.call('backup.restore', { name: 'junk.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('restores yesterday’s backup through the API, backing up the current store first', async () => {
    const path = newStore();
    const b = await start(path);
    await b.invoke('trainees.create', trainee('T1'));
    const made = await b.invoke('backup.create', {});
    await b.invoke('trainees.create', trainee('T2'));
    const done = await b.invoke('backup.restore', { name: made.name });
    expect(done.restored).toBe(made.name);
    expect((await b.invoke('trainees.list', {})).rows.map((t) => t.id)).toEqual(['T1']);
    const safety = listBackups(path).find((x) => x.name === done.safetyBackup)!;
    const copy = new SQLite(safety.file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM trainees').pluck().get()).toBe(2);
    copy.close();
    // the restored store keeps working and survives reopening
    await b.invoke('trainees.create', trainee('T3'));
    await stop(b);
    const again = await start(path);
    expect((await again.invoke('trainees.list', {})).total).toBe(2);
  });

  it('keeps the accounts, the restorer\'s session and the audit log as they are when restoring', async () => {
    const path = newStore();
    const b = await start(path);
    const token = await adminToken(b);
    const as = { token };
    const made = await b.invoke('backup.create', {});
    await b.invoke('trainees.create', trainee('T-after'));
    const staff = await b.invoke('users.create', { username: 'li', displayName: '李老师', role: 'staff', password: 'staff-password' });
    const restored = await b.call('backup.restore', { name: made.name }, as);
    expect(restored).toMatchObject({ ok: true });
    // the data is the backup's; the restorer is still signed in; the account made since is still there
    expect(await b.call('trainees.list', {}, as)).toMatchObject({ ok: true, value: { total: 0 } });
    expect((await b.invoke('users.list', {})).rows.map((u) => u.id)).toContain(staff.id);
    const methods = (await b.invoke('audit.list', {})).rows.map((e) => e.method);
    expect(methods).toEqual(expect.arrayContaining(['trainees.create', 'users.create', 'backup.restore']));
    expect(b.store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('restores over a store that no longer opens, keeping the damaged file', async () => {
    const path = newStore();
    const b = await start(path);
    await b.invoke('trainees.create', trainee('T1'));
    const made = await b.invoke('backup.create', {});
    await stop(b);
    const backupFile = join(backupsDir(path), made.name);
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    expect(() => openBackend(path)).toThrow(/请从备份恢复/);
    const result = await restoreStoreFile(path, backupFile);
    expect(result.movedAside).toHaveLength(1);
    expect(readdirSync(backupsDir(path)).some((f) => f.includes('.damaged-'))).toBe(true);
    const again = await start(path);
    expect((await again.invoke('trainees.get', { id: 'T1' })).name).toBe('学员T1');
  });

  it('refuses a damaged backup and leaves the store as it was', async () => {
    const path = newStore();
    const b = await start(path);
    await b.invoke('trainees.create', trainee('T1'));
    const made = await b.invoke('backup.create', {});
    const file = join(backupsDir(path), made.name);
    const bad = `${file}.copy.sqlite`;
    copyFileSync(file, bad);
    const bytes = new SQLite(bad);
    const pages = bytes.pragma('page_count', { simple: true }) as number;
    bytes.close();
    const fd = Buffer.alloc(4096, 0xff);
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const h = openSync(bad, 'r+');
    writeSync(h, fd, 0, fd.length, 4096 * (pages - 1));
    closeSync(h);
    await stop(b);
    await expect(restoreStoreFile(path, bad)).rejects.toThrow(StoreError);
    const again = await start(path);
    expect((await again.invoke('trainees.list', {})).total).toBe(1);
  });
});
