import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../errors.ts';
import { migrate } from './migrate.ts';
import type { StoreSchema } from './schema.ts';

export interface Store {
  /** The raw connection: bulk work (imports, aggregates) runs prepared statements on it directly. */
  sqlite: SQLite.Database;
  /** Typed queries for the services. */
  db: Kysely<StoreSchema>;
  path: string;
  close(): Promise<void>;
}

/** Opens (creating if missing) and migrates a store. Never deletes or recreates an existing file. */
export function openStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError('STORE_CORRUPT', `数据库文件已损坏（${String(check)}），请从备份恢复。`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('STORE_UNREADABLE', `无法打开数据库文件 ${path}：${(error as Error).message}。文件可能已损坏或不是教务通数据库，请从备份恢复。`);
  }
  migrate(sqlite);
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    path,
    async close() {
      await db.destroy();
    },
  };
}
