// Recovery mode: when the store cannot be opened the backend answers only these methods, so the app can
// show what was found and offer to restore one of the store's backups, retry, open another store file
// (desktop) or quit. With an open store, `recovery.status` answers "normal" and the others are refused.
// A store that opened but whose background integrity check then finds damage enters recovery mode too.
import { z } from 'zod';
import { command, query } from '../method.ts';
import { backupSchema } from './backup.ts';
import { INTEGRITY_STATUSES } from './store.ts';

export const OPEN_FAILURE_KINDS = ['corrupt', 'unreadable', 'locked', 'too-new'] as const;
export type OpenFailureKind = (typeof OPEN_FAILURE_KINDS)[number];

/** Restoring replaces the file: offered for a damaged or unreadable store, not for one in use or from a newer version. */
export const canRestoreOver = (kind: OpenFailureKind): boolean => kind === 'corrupt' || kind === 'unreadable';

export const RECOVERY_METHODS: ReadonlySet<string> = new Set([
  'recovery.status',
  'recovery.restore',
  'recovery.retry',
  'recovery.openOther',
  'recovery.quit',
]);

const recoveryState = z.object({
  mode: z.literal('recovery'),
  storePath: z.string(),
  kind: z.enum(OPEN_FAILURE_KINDS),
  /** Chinese: which file, what was found, that nothing was deleted. */
  message: z.string(),
  /** What SQLite or the file system said. */
  detail: z.string(),
  canRestore: z.boolean(),
  backupsFolder: z.string(),
  backups: z.array(backupSchema),
});

export const recoveryMethods = {
  /** `integrity`: the open store's full check, which runs after open and can still find damage (`checking`). */
  'recovery.status': query(
    z.object({}),
    z.discriminatedUnion('mode', [z.object({ mode: z.literal('normal'), integrity: z.enum(INTEGRITY_STATUSES) }), recoveryState]),
  ),
  'recovery.restore': command(
    z.object({ name: z.string().min(1, '请选择要恢复的备份').max(300) }),
    z.object({ restored: z.string(), storePath: z.string(), movedAside: z.array(z.string()), safetyBackup: z.string().nullable() }),
  ),
  'recovery.retry': command(z.object({}), z.object({ opened: z.boolean() })),
  /** Desktop only: the main process asks for the file. */
  'recovery.openOther': command(z.object({}), z.object({ opened: z.boolean(), storePath: z.string().nullable() })),
  'recovery.quit': command(z.object({}), z.object({ quitting: z.literal(true) })),
};
