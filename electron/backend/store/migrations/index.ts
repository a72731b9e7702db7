// Every migration in order. Append only: a released migration is never edited.
import { initial } from './001-initial.ts';
import { ruleSets } from './002-rule-sets.ts';
import { accountsAudit } from './003-accounts-audit.ts';
import { listIndexes } from './004-list-indexes.ts';
import { nameSortKeys } from './005-name-sort-keys.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [initial, ruleSets, accountsAudit, listIndexes, nameSortKeys];
export const SCHEMA_VERSION = MIGRATIONS.length;
