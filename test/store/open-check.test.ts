// Opening a store: the header and schema are checked at once, the whole file in the background (or at
// once after an unclean end). A store found damaged later is refused call by call with the same Chinese
// message as a damaged store found at open, the store service switches to recovery mode (which restores
// a verified backup), and the command line fails. Real store files, damaged on disk.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import { createBackend, openBackend } from '../../electron/backend/backend.ts';
import { StoreOpenError } from '../../electron/backend/recovery/diagnose.ts';
import { startStoreService } from '../../electron/backend/recovery/service.ts';
import { backupsDir } from '../../electron/backend/store/backup.ts';
import { openStore } from '../../electron/backend/store/connection.ts';
import { tempDir } from '../helpers.ts';

const CLI = join(import.meta.dirname, '..', '..', 'electron', 'cli', 'main.ts');
const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

/** A closed store with enough trainees to fill many pages, and a manual backup of it. */
async function storeWithTrainees(): Promise<{ file: string; backup: string }> {
  const file = join(dir, `store-${++n}.sqlite`);
  const backend = openBackend(file);
  const insert = backend.store.sqlite.prepare(`INSERT INTO trainees (id, name, organization) VALUES (?, ?, ?)`);
  backend.store.sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`T${i}`, `学员${i}`, `单位${i}`.repeat(5));
  })();
  const { name } = await backend.invoke('backup.create', {});
  await backend.close();
  return { file, backup: name };
}

/** Overwrites a leaf page of the trainees table (not the header, not the schema) with garbage. */
function damageTrainees(file: string): void {
  const db = new SQLite(file, { readonly: true });
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'trainees' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 5`).pluck().get() as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (page - 1) * size);
  closeSync(fd);
}

/** The message of a damaged store: which file, what was found, nothing deleted, restore from a backup. */
const damagedMessage = (file: string) => new RegExp(`^数据库文件 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 已损坏（.+）。教务通没有删除或改动这个文件。请从备份恢复。$`);

describe('opening a store', () => {
  it('opens an intact store and finds it intact in the background', async () => {
    const store = openStore((await storeWithTrainees()).file);
    expect(store.integrity.state.status).toBe('checking');
    expect(store.integrity.timing).toBeUndefined();
    expect(await store.integrity.result()).toEqual({ status: 'ok' });
    // where the time went, for the bench: the statement within the worker's whole run
    const timing = store.integrity.timing!;
    expect(timing.statementMs).toBeGreaterThan(0);
    expect(timing.totalMs).toBeGreaterThan(timing.statementMs);
    await store.close();
  });

  it('a store created now, or opened with the full check, is known intact at once', async () => {
    const created = openStore(join(dir, 'new.sqlite'));
    expect(created.integrity.state).toEqual({ status: 'ok' });
    await created.close();
    const full = openStore((await storeWithTrainees()).file, { check: 'full' });
    expect(full.integrity.state).toEqual({ status: 'ok' });
    await full.close();
  });

  it('opens a store damaged inside a table; once the background check finds it, every call is refused but the recovery status', async () => {
    const { file } = await storeWithTrainees();
    damageTrainees(file);
    const damaged = readFileSync(file);
    const backend = createBackend(openStore(file));
    expect(backend.store.integrity.state.status).toBe('checking');
    const state = await backend.store.integrity.result();
    expect(state).toMatchObject({ status: 'corrupt', message: expect.stringMatching(damagedMessage(file)) });
    for (const method of METHOD_NAMES.filter((m) => m !== 'recovery.status'))
      expect(await backend.call(method, {}), method).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT', message: state.message } });
    expect(await backend.call('recovery.status', {}, {})).toMatchObject({ ok: true, value: { mode: 'recovery', kind: 'corrupt', storePath: file, canRestore: true } });
    await backend.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('a query that meets a damaged page before the check answers the same, and marks the store damaged', async () => {
    const { file } = await storeWithTrainees();
    damageTrainees(file);
    const backend = openBackend(file, { checkDelayMs: 60_000 });
    // the search reads every trainee's row, so the damaged page too
    const list = await backend.call('trainees.list', { q: '没有这个学员' });
    expect(list).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT', message: expect.stringMatching(damagedMessage(file)) } });
    expect(backend.store.integrity.state.status).toBe('corrupt');
    expect(await backend.call('semesters.list', {})).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
    await backend.close();
  });

  it('writes nothing into a store before its check has answered: a write waits for it, and is refused on a damaged store', async () => {
    const { file } = await storeWithTrainees();
    damageTrainees(file);
    const damaged = readFileSync(file);
    const backend = openBackend(file, { checkDelayMs: 60_000 });
    const write = await backend.call('institution.update', { name: '某省委党校', level: 'provincial' });
    expect(write).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
    await backend.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('takes no daily backup of a store found damaged', async () => {
    const { file } = await storeWithTrainees();
    for (const f of readdirSync(backupsDir(file))) if (f.includes('-daily')) rmSync(join(backupsDir(file), f));
    damageTrainees(file);
    const backend = openBackend(file);
    await backend.ready;
    expect(backend.store.integrity.state.status).toBe('corrupt');
    expect(readdirSync(backupsDir(file)).filter((f) => f.includes('-daily'))).toEqual([]);
    await backend.close();
  });

  it('checks the whole file before use when the last session did not close the store', async () => {
    const { file } = await storeWithTrainees();
    // a copy taken while a connection is open keeps its write-ahead log, as a crash leaves it
    const open = openStore(file);
    open.sqlite.prepare(`UPDATE trainees SET name = '改名' WHERE id = 'T0'`).run();
    const crashed = join(dir, 'crashed.sqlite');
    copyFileSync(file, crashed);
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    await open.close();
    damageTrainees(crashed);
    let error: unknown;
    try {
      openStore(crashed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error).toMatchObject({ kind: 'corrupt', code: 'STORE_CORRUPT', message: expect.stringMatching(damagedMessage(crashed)) });
    expect(existsSync(crashed)).toBe(true);
  });

  it('makes the command line fail with the message and the way to restore', async () => {
    const { file } = await storeWithTrainees();
    damageTrainees(file);
    const run = spawnSync(process.execPath, [CLI, '--db', file, 'renewal', '--year', '2026'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`错误：数据库文件 ${file} 已损坏`);
    expect(run.stderr).toMatch(/restore/);
  });
});

describe('a store found damaged after it opened, in the store service (browser mode, desktop backend)', () => {
  it('switches to recovery mode, which restores a verified backup and opens the data again', async () => {
    const { file, backup } = await storeWithTrainees();
    damageTrainees(file);
    const damaged = readFileSync(file);
    let announced = 0;
    const service = startStoreService(file, { onRecovery: () => announced++ });
    try {
      // it opened: the header and schema are intact, the check has not answered yet
      expect(service.backend()).not.toBeNull();
      expect(await service.call('recovery.status', {}, {})).toEqual({ ok: true, value: { mode: 'normal', integrity: 'checking' } });
      await service.checked();
      expect(announced).toBe(1);
      expect(service.backend()).toBeNull();
      expect(service.failure()).toMatchObject({ kind: 'corrupt', storePath: file });
      const status = await service.call('recovery.status', {}, {});
      expect(status).toMatchObject({ ok: true, value: { mode: 'recovery', kind: 'corrupt', storePath: file, canRestore: true } });
      expect((status as { value: { message: string } }).value.message).toMatch(damagedMessage(file));
      expect((status as { value: { backups: { name: string }[] } }).value.backups.map((b) => b.name)).toContain(backup);
      expect(await service.call('trainees.list', {}, {})).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
      // retrying checks the whole file first, so the damaged store stays in recovery mode
      expect(await service.call('recovery.retry', {}, {})).toEqual({ ok: true, value: { opened: false } });
      expect(readFileSync(file).equals(damaged)).toBe(true);

      const restored = await service.call('recovery.restore', { name: backup }, {});
      expect(restored).toMatchObject({ ok: true, value: { restored: backup, storePath: file } });
      const moved = (restored as { value: { movedAside: string[] } }).value.movedAside;
      expect(readFileSync(moved[0]!).equals(damaged)).toBe(true);
      expect(await service.call('recovery.status', {}, {})).toEqual({ ok: true, value: { mode: 'normal', integrity: 'ok' } });
      expect((await service.backend()!.invoke('trainees.list', { limit: 1 })).total).toBe(3000);
      expect(service.backend()!.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      await service.close();
    }
  });
});
