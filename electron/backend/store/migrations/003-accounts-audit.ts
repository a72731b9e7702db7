// Accounts (scrypt hashes, three roles), sign-in sessions, the idle-lock policy, and the audit log of
// every write. Audit entries have no foreign keys: they outlive the accounts and records they name.
import type { Migration } from './migration.ts';

export const accountsAudit: Migration = {
  version: 3,
  name: 'accounts, sessions and audit log',
  sql: `
CREATE TABLE users (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 100),
  username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 50),
  display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
  role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'evaluator')),
  password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
) STRICT;

CREATE TABLE auth_sessions (
  token_hash TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;
CREATE INDEX auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE auth_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  idle_minutes INTEGER NOT NULL CHECK (idle_minutes BETWEEN 1 AND 1440)
) STRICT;
INSERT INTO auth_settings (id, idle_minutes) VALUES (1, 15);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT,
  username TEXT NOT NULL,
  method TEXT NOT NULL,
  kind TEXT NOT NULL,
  record_id TEXT,
  subject_trainee TEXT,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_record ON audit_log(kind, record_id);
CREATE INDEX audit_log_trainee ON audit_log(subject_trainee);
`,
};
