import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import { diagnoseOpenFailure, StoreOpenError } from '../recovery/diagnose.ts';
import { backupDatabaseSync } from './backup.ts';
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

/**
 * The backend runs every write call inside one transaction (so its audit entry commits with it and a
 * failure undoes all of it); a service's own Kysely transaction then nests as a savepoint.
 */
class NestingSqliteDriver extends SqliteDriver {
  readonly #sqlite: SQLite.Database;
  readonly #nested: boolean[] = [];
  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const nested = this.#sqlite.inTransaction;
    this.#nested.push(nested);
    await connection.executeQuery(CompiledQuery.raw(nested ? `SAVEPOINT kysely_${this.#nested.length}` : 'begin'));
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const depth = this.#nested.length;
    const nested = this.#nested.pop();
    await connection.executeQuery(CompiledQuery.raw(nested ? `RELEASE kysely_${depth}` : 'commit'));
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const depth = this.#nested.length;
    if (this.#nested.pop()) {
      await connection.executeQuery(CompiledQuery.raw(`ROLLBACK TO kysely_${depth}`));
      await connection.executeQuery(CompiledQuery.raw(`RELEASE kysely_${depth}`));
    } else await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

class NestingSqliteDialect extends SqliteDialect {
  readonly #sqlite: SQLite.Database;
  constructor(sqlite: SQLite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new NestingSqliteDriver(this.#sqlite);
  }
}

/**
 * Opens the raw connection with the durability settings, and checks it is an intact database. A store
 * that cannot be opened throws a StoreOpenError saying why (recovery mode offers what fits the kind).
 */
export function openConnection(path: string): SQLite.Database {
  let sqlite: SQLite.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreOpenError('corrupt', path, String(check));
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw diagnoseOpenFailure(error, path);
  }
}

/** Migrates an open connection, backing the store up first when it already holds data of an older version. */
export function migrateWithBackup(sqlite: SQLite.Database, path: string): void {
  migrate(sqlite, (from) => {
    if (from > 0 && path !== ':memory:') backupDatabaseSync(sqlite, path, 'pre-migration');
  });
}

/** Opens (creating if missing) and migrates a store. Never deletes or recreates an existing file. */
export function openStore(path: string): Store {
  const sqlite = openConnection(path);
  try {
    migrateWithBackup(sqlite, path);
  } catch (error) {
    sqlite.close();
    throw diagnoseOpenFailure(error, path);
  }
  const db = new Kysely<StoreSchema>({ dialect: new NestingSqliteDialect(sqlite) });
  return {
    sqlite,
    db,
    path,
    async close() {
      await db.destroy();
      // Kysely closes the connection only if it ever ran a query through it.
      if (sqlite.open) sqlite.close();
    },
  };
}
