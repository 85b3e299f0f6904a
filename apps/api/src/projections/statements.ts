import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, prepared once per database: projections run the same
 * few statements for every event, and preparing costs more than running.
 */
export function sql(db: Database.Database, text: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

/** Forget a database's statements (its tables were dropped). */
export function forgetStatements(db: Database.Database): void {
  cache.delete(db);
}
