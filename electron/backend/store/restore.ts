// Restoring a backup: the candidate is verified before anything is replaced, the current store is
// backed up (or, when it cannot be opened, moved aside into the backups folder) first, and the copy
// itself goes through SQLite's backup API or an atomic rename. No store is ever deleted.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { canRestoreOver } from '../../../shared/api/methods/recovery.ts';
import { StoreError } from '../errors.ts';
import { StoreOpenError } from '../recovery/diagnose.ts';
import { backupDatabase, backupsDir, type BackupInfo } from './backup.ts';
import { carryOverAccountsAndAudit } from './carry-over.ts';
import { migrateWithBackup, openConnection } from './connection.ts';
import { SCHEMA_VERSION } from './migrations/index.ts';

export interface CandidateReport {
  file: string;
  schemaVersion: number;
}

/** Opens the candidate read-only and checks it: a real store, intact, consistent, not from a newer version. */
export function verifyCandidate(file: string): CandidateReport {
  if (!existsSync(file)) throw new StoreError('NOT_FOUND', `备份文件“${file}”不存在`);
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError('VALIDATION', `无法打开备份文件“${basename(file)}”：${(error as Error).message}`);
  }
  try {
    let integrity: unknown;
    try {
      integrity = db.pragma('integrity_check', { simple: true });
    } catch (error) {
      throw new StoreError('VALIDATION', `备份文件“${basename(file)}”不是有效的数据库：${(error as Error).message}`);
    }
    if (integrity !== 'ok') throw new StoreError('VALIDATION', `备份文件“${basename(file)}”已损坏（${String(integrity)}），未恢复`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new StoreError('VALIDATION', `备份文件“${basename(file)}”有 ${broken.length} 处无效的关联记录，未恢复`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasTables = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('trainees', 'institution')`).pluck().get() as number;
    if (version < 1 || hasTables < 2) throw new StoreError('VALIDATION', `文件“${basename(file)}”不是教务通数据库，未恢复`);
    if (version > SCHEMA_VERSION)
      throw new StoreError('STORE_TOO_NEW', `备份文件的数据库版本为 ${version}，高于本程序支持的版本 ${SCHEMA_VERSION}，请升级教务通后再恢复`);
    return { file, schemaVersion: version };
  } finally {
    db.close();
  }
}

/**
 * Restores into an open store: a pre-restore backup first, then the candidate's pages are copied into
 * the live store by the backup API (one write transaction on the destination: a crash leaves the old store).
 * The caller migrates afterwards when the candidate is older.
 */
export async function restoreIntoOpenStore(sqlite: SQLite.Database, storePath: string, file: string): Promise<BackupInfo> {
  verifyCandidate(file);
  const safety = await backupDatabase(sqlite, storePath, 'pre-restore');
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(storePath);
  } finally {
    source.close();
  }
  return safety;
}

/**
 * Restores over a store that cannot be opened: its files are moved into the backups folder (kept, never
 * deleted), and a verified copy of the candidate is renamed into place.
 */
export async function restoreOverBrokenStore(storePath: string, file: string): Promise<{ movedAside: string[] }> {
  verifyCandidate(file);
  const partial = `${storePath}.restoring`;
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  const at = new Date().toISOString().replace(/[-:.]/g, '');
  const movedAside: string[] = [];
  mkdirSync(backupsDir(storePath), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const from = `${storePath}${suffix}`;
    if (!existsSync(from)) continue;
    const to = join(backupsDir(storePath), `${basename(storePath)}.damaged-${at}${suffix}`);
    renameSync(from, to);
    movedAside.push(to);
  }
  renameSync(partial, storePath);
  return { movedAside };
}

/**
 * Restores a store file from a backup whether or not the store opens: the CLI's `restore` and the
 * recovery screen of a store that cannot be opened. Answers what was kept of the previous store.
 */
export async function restoreStoreFile(storePath: string, file: string): Promise<{ safetyBackup?: string; movedAside: string[] }> {
  verifyCandidate(file);
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = existsSync(storePath) ? openConnection(storePath) : undefined;
  } catch (error) {
    // a store in use by another program, or from a newer version, is not replaced
    if (!(error instanceof StoreOpenError) || !canRestoreOver(error.kind)) throw error;
  }
  if (!sqlite) {
    const { movedAside } = await restoreOverBrokenStore(storePath, file);
    const restored = openConnection(storePath);
    try {
      migrateWithBackup(restored, storePath);
    } finally {
      restored.close();
    }
    return { movedAside };
  }
  try {
    const safety = await restoreIntoOpenStore(sqlite, storePath, file);
    migrateWithBackup(sqlite, storePath);
    carryOverAccountsAndAudit(sqlite, safety.file);
    return { safetyBackup: safety.name, movedAside: [] };
  } finally {
    sqlite.close();
  }
}
