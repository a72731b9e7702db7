// What a restore does not roll back: the accounts (a restore must not bring back a removed account or an
// old password, nor sign out the administrator doing it), the lock policy, and the audit log (a restore
// must not erase the record of what happened since the backup). They are copied from the pre-restore
// backup into the restored store.
import type SQLite from 'better-sqlite3';

/** Parents before children: users before their sessions. */
const CARRIED = ['users', 'auth_sessions', 'auth_settings', 'audit_log'] as const;

/** Replaces the carried tables of the (restored, migrated) store by those of `previousFile`. */
export function carryOverAccountsAndAudit(sqlite: SQLite.Database, previousFile: string): void {
  sqlite.prepare('ATTACH DATABASE ? AS previous').run(previousFile);
  try {
    sqlite.transaction(() => {
      for (const table of [...CARRIED].reverse()) sqlite.exec(`DELETE FROM main.${table}`);
      // both stores are at the same schema version here, so their columns match one for one
      for (const table of CARRIED) sqlite.exec(`INSERT INTO main.${table} SELECT * FROM previous.${table}`);
    })();
  } finally {
    sqlite.exec('DETACH DATABASE previous');
  }
}
