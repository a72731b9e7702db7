// Recovery mode: a store that cannot be opened (corrupt, unreadable, in use, too new) is served without
// crashing, only the recovery methods answer, and a verified backup replaces it while the damaged file is
// kept aside. Real store files, damaged on disk.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import { RECOVERY_METHODS } from '../../shared/api/methods/recovery.ts';
import { openBackend } from '../../electron/backend/backend.ts';
import { diagnoseOpenFailure, failureKind } from '../../electron/backend/recovery/diagnose.ts';
import { startStoreService, type StoreService } from '../../electron/backend/recovery/service.ts';
import { backupsDir } from '../../electron/backend/store/backup.ts';
import { TEST_ADMIN, tempDir } from '../helpers.ts';
import { overwriteHeader, overwriteMiddle, storeWithBackup, truncateStore } from './damage.ts';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function folder(): string {
  const d = tempDir();
  cleanups.push(d.cleanup);
  return d.dir;
}
function serve(path: string, options?: Parameters<typeof startStoreService>[1]): StoreService {
  const service = startStoreService(path, options);
  cleanups.push(() => service.close());
  return service;
}
const status = async (s: StoreService) => {
  const r = await s.call('recovery.status', {}, {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { mode: string; kind?: string; message?: string; canRestore?: boolean; backups?: { name: string }[] };
};

describe('failure kinds', () => {
  it('tells corrupt, unreadable, locked and too-new apart from the error codes', () => {
    const kinds = Object.fromEntries(
      ['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB', 'STORE_CORRUPT', 'SQLITE_BUSY', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'EBUSY',
        'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_READONLY', 'SQLITE_IOERR_READ', 'SQLITE_AUTH', 'EACCES', 'EPERM', 'EISDIR', 'STORE_TOO_NEW'].map((c) => [c, failureKind(c)]),
    );
    expect(kinds).toEqual({
      SQLITE_CORRUPT: 'corrupt', SQLITE_CORRUPT_INDEX: 'corrupt', SQLITE_NOTADB: 'corrupt', STORE_CORRUPT: 'corrupt',
      SQLITE_BUSY: 'locked', SQLITE_BUSY_RECOVERY: 'locked', SQLITE_LOCKED: 'locked', EBUSY: 'locked',
      SQLITE_CANTOPEN: 'unreadable', SQLITE_PERM: 'unreadable', SQLITE_READONLY: 'unreadable', SQLITE_IOERR_READ: 'unreadable',
      SQLITE_AUTH: 'unreadable', EACCES: 'unreadable', EPERM: 'unreadable', EISDIR: 'unreadable', STORE_TOO_NEW: 'too-new',
    });
    expect(failureKind(undefined)).toBe('unreadable');
  });

  it('says which file, what was found and that nothing was deleted, in Chinese', () => {
    const e = diagnoseOpenFailure(Object.assign(new Error('permission denied'), { code: 'EACCES' }), '/data/jiaowu.sqlite');
    expect(e.code).toBe('STORE_UNREADABLE');
    expect(e.message).toContain('/data/jiaowu.sqlite');
    expect(e.message).toContain('permission denied');
    expect(e.message).toContain('没有删除');
    const long = diagnoseOpenFailure(Object.assign(new Error('x'.repeat(10_000)), { code: 'SQLITE_CORRUPT' }), '/s');
    expect(long.message.length).toBeLessThan(500);
  });
});

describe('a damaged store', () => {
  it.each([
    ['pages overwritten in the middle', overwriteMiddle],
    ['the file cut short', truncateStore],
    ['the header overwritten', overwriteHeader],
  ])('%s: recovery mode, only recovery methods, restore keeps the damaged file and opens the data', async (_label, damage) => {
    const { path, backup } = await storeWithBackup(folder());
    damage(path);
    const damaged = readFileSync(path);
    const service = serve(path);
    // a store damaged in the middle opens (header and schema intact) until its integrity check answers
    await service.checked();
    expect(service.backend()).toBeNull();
    const s = await status(service);
    expect(s).toMatchObject({ mode: 'recovery', kind: 'corrupt', canRestore: true });
    expect(s.message).toContain(path);
    expect(s.backups!.map((b) => b.name)).toContain(backup);

    // every other method is refused, before and regardless of any session; unknown ones too
    for (const method of METHOD_NAMES.filter((m) => !RECOVERY_METHODS.has(m))) {
      const r = await service.call(method, {}, { token: 'whatever' });
      expect(r, method).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
    }
    expect(await service.call('fs.delete', {}, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await service.authorize('trainees.list', {})).toMatchObject({ ok: false });
    // recovery methods validate their input at the boundary
    expect(await service.call('recovery.restore', { name: 42 }, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await service.call('recovery.restore', { name: '../../etc/passwd' }, {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await service.call('recovery.openOther', {}, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readFileSync(path).equals(damaged)).toBe(true);

    const restored = await service.call('recovery.restore', { name: backup }, {});
    expect(restored).toMatchObject({ ok: true, value: { restored: backup, storePath: path } });
    const moved = (restored as { value: { movedAside: string[] } }).value.movedAside;
    expect(moved.length).toBeGreaterThan(0);
    expect(readFileSync(moved[0]!).equals(damaged)).toBe(true);
    expect(moved[0]!.startsWith(backupsDir(path))).toBe(true);

    // the app now runs on the restored store: signing in is required again, and the data is there
    expect(service.backend()).not.toBeNull();
    expect(await status(service)).toEqual({ mode: 'normal', integrity: 'ok' });
    expect(await service.call('trainees.list', {}, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await service.backend()!.invoke('trainees.list', {})).total).toBe(40);
    // with the store open, the recovery methods are refused
    const setup = await service.call('auth.setup', TEST_ADMIN, {});
    const token = (setup as { value: { token: string } }).value.token;
    expect(await service.call('recovery.restore', { name: backup }, { token })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await service.call('recovery.retry', {}, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a damaged backup and replaces nothing', async () => {
    const { path, backup } = await storeWithBackup(folder());
    overwriteMiddle(join(backupsDir(path), backup));
    overwriteMiddle(path);
    const damaged = readFileSync(path);
    const service = serve(path);
    await service.checked();
    const r = await service.call('recovery.restore', { name: backup }, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((r as { error: { message: string } }).error.message).toMatch(/已损坏|不是有效的数据库/);
    expect(readFileSync(path).equals(damaged)).toBe(true);
    expect(readdirSync(backupsDir(path)).some((f) => f.includes('.damaged-'))).toBe(false);
    expect((await status(service)).mode).toBe('recovery');
  });
});

describe('a store that cannot be read', () => {
  it('a folder where the file should be: recovery mode; once the file is back, retry opens it', async () => {
    const dir = folder();
    const { path } = await storeWithBackup(dir);
    renameSync(path, join(dir, 'kept.sqlite'));
    mkdirSync(path);
    const service = serve(path);
    expect(await status(service)).toMatchObject({ mode: 'recovery', kind: 'unreadable', canRestore: true });
    expect(await service.call('recovery.retry', {}, {})).toEqual({ ok: true, value: { opened: false } });
    rmSync(path, { recursive: true });
    renameSync(join(dir, 'kept.sqlite'), path);
    expect(await service.call('recovery.retry', {}, {})).toEqual({ ok: true, value: { opened: true } });
    expect((await service.backend()!.invoke('trainees.list', {})).total).toBe(40);
  });

  it('permission denied (as SQLite reports it): unreadable, with the reason', async () => {
    const { path } = await storeWithBackup(folder());
    let denied = true;
    const service = serve(path, {
      open: (p) => {
        if (denied) throw Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
        return openBackend(p);
      },
    });
    const s = await status(service);
    expect(s).toMatchObject({ mode: 'recovery', kind: 'unreadable' });
    expect(s.message).toMatch(/权限/);
    denied = false;
    expect(await service.call('recovery.retry', {}, {})).toEqual({ ok: true, value: { opened: true } });
  });

  it('in use by another program: no restore over it; retry once it is released', async () => {
    const { path, backup } = await storeWithBackup(folder());
    const other = new SQLite(path);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    const service = serve(path);
    expect(await status(service)).toMatchObject({ mode: 'recovery', kind: 'locked', canRestore: false });
    expect(await service.call('recovery.restore', { name: backup }, {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/占用/) } });
    expect(existsSync(path)).toBe(true);
    other.exec('COMMIT');
    other.close();
    expect(await service.call('recovery.retry', {}, {})).toEqual({ ok: true, value: { opened: true } });
  });

  it('written by a newer version: says to upgrade, no restore over it', async () => {
    const { path, backup } = await storeWithBackup(folder());
    const db = new SQLite(path);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(path);
    const service = serve(path);
    const s = await status(service);
    expect(s).toMatchObject({ mode: 'recovery', kind: 'too-new', canRestore: false });
    expect(s.message).toMatch(/升级/);
    expect((await service.call('recovery.restore', { name: backup }, {})).ok).toBe(false);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('quit and opening another file', () => {
  it('quits through the transport’s own way, after answering', async () => {
    const { path } = await storeWithBackup(folder());
    overwriteHeader(path);
    let quit = 0;
    const service = serve(path, { onQuit: () => quit++ });
    expect(await service.call('recovery.quit', {}, {})).toEqual({ ok: true, value: { quitting: true } });
    await new Promise((ok) => setImmediate(ok));
    expect(quit).toBe(1);
    expect((await serve(path).call('recovery.quit', {}, {})).ok).toBe(false);
  });

  it('switches to another store file only while in recovery mode', async () => {
    const dir = folder();
    const { path } = await storeWithBackup(dir);
    const good = join(dir, 'good.sqlite');
    copyFileSync(path, good);
    truncateStore(path);
    const service = serve(path);
    expect(await service.switchTo(good)).toBe(true);
    expect(service.storePath).toBe(good);
    expect(service.openStorePath()).toBe(good);
    expect(await service.switchTo(path)).toBe(false);
    expect(service.storePath).toBe(good);
  });
});
