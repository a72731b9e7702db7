import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import { diagnoseOpenFailure, StoreOpenError } from '../recovery/diagnose.ts';
import { backupDatabaseSync } from './backup.ts';
import { integrityCheck, type IntegrityCheck } from './integrity-check.ts';
import { migrate } from './migrate.ts';
import type { StoreSchema } from './schema.ts';
import { refreshSortKeys } from './sort-keys.ts';

export interface Store {
  /** The raw connection: bulk work (imports, aggregates) runs prepared statements on it directly. */
  sqlite: SQLite.Database;
  /** Typed queries for the services. */
  db: Kysely<StoreSchema>;
  path: string;
  /** The full integrity check of the file: done at open after an unclean end, else run in the background. */
  integrity: IntegrityCheck;
  /** Ends the integrity check if it is running (without starting it), then closes the connection. */
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
 * How much of the file is checked when it opens: `full` runs `quick_check` over every page (1-3 s for
 * a large school's store); `quick` reads the header and parses the whole schema, which fails at once
 * for a file that is not a database or whose schema is damaged.
 */
export type OpenCheck = 'full' | 'quick';

/**
 * Opens the raw connection with the durability settings, and checks it is an intact database. A store
 * that cannot be opened throws a StoreOpenError saying why (recovery mode offers what fits the kind).
 */
export function openConnection(path: string, check: OpenCheck = 'full'): SQLite.Database {
  let sqlite: SQLite.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    if (check === 'full') {
      const result = sqlite.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new StoreOpenError('corrupt', path, String(result));
    }
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw diagnoseOpenFailure(error, path);
  }
}

/**
 * Whether the write-ahead log holds frames: SQLite removes it when the last connection closes, so the
 * last session ended without closing the store (a crash, a kill, a power cut), or another process has
 * the store open right now.
 */
function walLeftBehind(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Migrates an open connection, backing the store up first when it already holds data of an older version,
 * and rebuilds the names' sort keys if they were built with other collation data.
 */
export function migrateWithBackup(sqlite: SQLite.Database, path: string): void {
  migrate(sqlite, (from) => {
    if (from > 0 && path !== ':memory:') backupDatabaseSync(sqlite, path, 'pre-migration');
  });
  refreshSortKeys(sqlite);
}

export interface OpenOptions {
  /**
   * `background` (the default): the whole file is checked before use only after an unclean end, else
   * in a worker once the store answers. `full`: always before use (recovery mode reopening a store).
   */
  check?: 'background' | 'full';
  /** When the background check starts: later in a long-running process, at once for the CLI. */
  checkDelayMs?: number;
}

/** The desktop app and browser mode answer their first screen before the full check starts. */
const CHECK_DELAY_MS = 2000;

/**
 * Opens (creating if missing) and migrates a store. Never deletes or recreates an existing file. After
 * an unclean end the whole file is checked before use; otherwise only its header and schema, and the
 * whole file in the background (`integrity`).
 */
export function openStore(path: string, options: OpenOptions = {}): Store {
  // a store created now is intact: only an existing file needs the check
  const full = path === ':memory:' || options.check === 'full' || !existsSync(path) || walLeftBehind(path);
  const sqlite = openConnection(path, full ? 'full' : 'quick');
  try {
    migrateWithBackup(sqlite, path);
  } catch (error) {
    sqlite.close();
    throw diagnoseOpenFailure(error, path);
  }
  const integrity = integrityCheck(path, full ? undefined : (options.checkDelayMs ?? CHECK_DELAY_MS));
  const db = new Kysely<StoreSchema>({ dialect: new NestingSqliteDialect(sqlite) });
  return {
    sqlite,
    db,
    path,
    integrity,
    async close() {
      // the checking connection ends first, so this one, the last, removes the write-ahead log
      await integrity.stop();
      await db.destroy();
      // Kysely closes the connection only if it ever ran a query through it.
      if (sqlite.open) sqlite.close();
    },
  };
}
