// What `recovery.status` answers in recovery mode: the failure, and the store's backups to restore from.
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { canRestoreOver } from '../../../shared/api/methods/recovery.ts';
import { backupsDir, listBackups, type BackupInfo } from '../store/backup.ts';
import type { StoreOpenError } from './diagnose.ts';

const summary = (b: BackupInfo) => ({ name: b.name, reason: b.reason, takenAt: b.takenAt, bytes: b.bytes });

/** The store's backups; none when the folder cannot be read. */
export function backupsOf(storePath: string): BackupInfo[] {
  try {
    return listBackups(storePath);
  } catch {
    return [];
  }
}

export function recoveryStatus(storePath: string, failure: StoreOpenError): Extract<MethodOutput<'recovery.status'>, { mode: 'recovery' }> {
  return {
    mode: 'recovery',
    storePath,
    kind: failure.kind,
    message: failure.message,
    detail: failure.detail,
    canRestore: canRestoreOver(failure.kind),
    backupsFolder: backupsDir(storePath),
    backups: backupsOf(storePath).map(summary),
  };
}
