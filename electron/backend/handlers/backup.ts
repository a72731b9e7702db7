// Handlers of the backup methods. Restoring runs outside the call's transaction (it replaces the store's
// pages), only files from the store's own backups folder can be named, and the accounts, sessions and
// audit log stay as they are (the caller stays signed in).
import { basename, join } from 'node:path';
import type { backupMethods } from '../../../shared/api/methods/backup.ts';
import { StoreError } from '../errors.ts';
import { backupDatabase, backupsDir, listBackups, type BackupInfo } from '../store/backup.ts';
import { carryOverAccountsAndAudit } from '../store/carry-over.ts';
import { migrateWithBackup } from '../store/connection.ts';
import { restoreIntoOpenStore } from '../store/restore.ts';
import type { HandlerMap } from './handler.ts';

const summary = (b: BackupInfo) => ({ name: b.name, reason: b.reason, takenAt: b.takenAt, bytes: b.bytes });

export const backupHandlers: HandlerMap<typeof backupMethods> = {
  'backup.list': (ctx) => ({ folder: backupsDir(ctx.path), backups: listBackups(ctx.path).map(summary) }),
  'backup.create': async (ctx) => summary(await backupDatabase(ctx.sqlite, ctx.path, 'manual')),
  'backup.restore': async (ctx, { name }) => {
    const found = listBackups(ctx.path).find((b) => b.name === basename(name));
    if (!found) throw new StoreError('NOT_FOUND', `备份“${name}”不存在`, [{ path: 'name', message: '备份文件夹中没有这个文件' }]);
    const safety = await restoreIntoOpenStore(ctx.sqlite, ctx.path, join(backupsDir(ctx.path), found.name));
    migrateWithBackup(ctx.sqlite, ctx.path);
    carryOverAccountsAndAudit(ctx.sqlite, safety.file);
    // the restored copy passed integrity_check before it replaced anything
    ctx.integrity.restored();
    return { restored: found.name, safetyBackup: safety.name, schemaVersion: ctx.sqlite.pragma('user_version', { simple: true }) as number };
  },
};
