// A digest of every table of a store, to prove a rejected call changed nothing. Sign-in sessions are left
// out: their last-seen time is bookkeeping that any call may refresh.
import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';

/** `withoutSignIns`: leaves out the audit entries of sign-ins too (a failed one is audited by design). */
export function storeDigest(sqlite: SQLite.Database, withoutSignIns = false): string {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'auth_sessions' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const where = withoutSignIns && table === 'audit_log' ? ` WHERE method <> 'auth.login'` : '';
    const rows = (sqlite.prepare(`SELECT * FROM "${table}"${where}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}
