// The school's rule set (shared/domain/rules): every edit is a new version holding the whole set, and
// each changed rule is audited with who, when, before and after. No row means the built-in set (version 0).
import type { Migration } from './migration.ts';

export const ruleSets: Migration = {
  version: 2,
  name: 'rule set versions and audit',
  sql: `
CREATE TABLE rule_set_versions (
  version INTEGER PRIMARY KEY NOT NULL CHECK (version >= 1),
  rules TEXT NOT NULL CHECK (json_valid(rules)),
  created_at TEXT NOT NULL,
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 100),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000)
) STRICT;

CREATE TABLE rule_set_audit (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL REFERENCES rule_set_versions(version) ON DELETE RESTRICT,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX rule_set_audit_rule ON rule_set_audit(rule_id, version);
`,
};
