// Lists ordered by a Chinese name follow pinyin order (shared/domain/name-order.ts): each name gets a sort
// key column whose binary order is that order, kept by every write (services, importer). The keys depend
// on the collation data of the runtime, so the version they were built with is kept, and a store opened
// by a runtime with other data has its keys rebuilt (store/sort-keys.ts; new columns start empty, so the
// first open after this migration fills them).
import type { Migration } from './migration.ts';

export const nameSortKeys: Migration = {
  version: 5,
  name: 'pinyin sort keys of names',
  sql: `
ALTER TABLE trainees ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE trainees ADD COLUMN organization_key TEXT;
ALTER TABLE faculty ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE faculty ADD COLUMN organization_key TEXT;
ALTER TABLE courses ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
ALTER TABLE classes ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
DROP INDEX trainees_name;
CREATE INDEX trainees_name ON trainees(name_key, name, id);
CREATE INDEX trainees_organization_order ON trainees(organization_key, organization, id);
CREATE TABLE sort_key_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  collation TEXT NOT NULL
) STRICT;
`,
};
