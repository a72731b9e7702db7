// Prepared statements kept per connection: compiling a statement costs more than running a small one,
// and the hot read paths (indicators, compliance, counts) run the same few texts on every call.
import type SQLite from 'better-sqlite3';

const MAX_PER_CONNECTION = 256;
const cache = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

export function prepared(sqlite: SQLite.Database, sql: string): SQLite.Statement {
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    // Generated texts (one per rule shape) could grow without bound over many rule-set edits.
    if (statements.size >= MAX_PER_CONNECTION) statements.clear();
    statement = sqlite.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
