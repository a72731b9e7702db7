export interface Migration {
  /** Consecutive from 1; the store's PRAGMA user_version is the last one applied. */
  version: number;
  name: string;
  sql: string;
}
