import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.ts';

/**
 * Brings the store to the current schema: all pending steps in one transaction, so a failure leaves
 * the store exactly as it was. A store written by a newer version of the product is refused.
 * `beforeChange` runs first (the pre-migration backup).
 */
export function migrate(sqlite: Database, beforeChange?: (from: number) => void): { from: number; to: number } {
  const from = sqlite.pragma('user_version', { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new StoreError(
      'STORE_TOO_NEW',
      `数据库版本为 ${from}，高于本程序支持的版本 ${SCHEMA_VERSION}。请升级教务通后再打开此数据库。`,
    );
  }
  if (from === SCHEMA_VERSION) return { from, to: from };
  beforeChange?.(from);
  sqlite.transaction(() => {
    for (const step of MIGRATIONS.slice(from)) {
      sqlite.exec(step.sql);
    }
    sqlite.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new StoreError('STORE_CORRUPT', '数据库迁移后发现无效的关联记录，请从备份恢复。');
  return { from, to: SCHEMA_VERSION };
}
