// Backups of the store: list them, take one now, restore one (verified first; the current store is
// backed up before it is replaced).
import { z } from 'zod';
import { command, query } from '../method.ts';

export const BACKUP_REASON_LABELS = {
  daily: '每日自动备份',
  manual: '手动备份',
  'pre-migration': '升级前备份',
  'pre-import': '导入前备份',
  'pre-restore': '恢复前备份',
} as const;

export const backupSchema = z.object({
  name: z.string(),
  reason: z.enum(Object.keys(BACKUP_REASON_LABELS) as [keyof typeof BACKUP_REASON_LABELS]),
  takenAt: z.string(),
  bytes: z.number(),
});

export const backupMethods = {
  'backup.list': query(z.object({}), z.object({ folder: z.string(), backups: z.array(backupSchema) })),
  'backup.create': command(z.object({}), backupSchema),
  'backup.restore': command(
    z.object({ name: z.string().min(1, '请选择要恢复的备份').max(300) }),
    z.object({ restored: z.string(), safetyBackup: z.string(), schemaVersion: z.number() }),
  ),
};
