// Runs hand-written statements (and drizzle builders) as one D1 batch, straight on the binding:
// drizzle's own `batch` cannot bind the parameters of raw `sql` statements. A batch is one
// transaction: if any statement fails, none of them has happened.
import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

const dialect = new SQLiteAsyncDialect();

/** A statement: raw `sql`, or a drizzle query builder (anything with `toSQL`). */
export type Statement = SQL | { toSQL(): { sql: string; params: unknown[] } };

function isBuilder(statement: Statement): statement is Exclude<Statement, SQL> {
  return typeof (statement as { toSQL?: unknown }).toSQL === 'function';
}

// `drizzle()` returns the database with its D1 binding as `$client`; `Db` does not say so.
function d1(db: Db): D1Database {
  return (db as Db & { $client: D1Database }).$client;
}

function prepare(db: Db, statement: Statement): D1PreparedStatement {
  const query = isBuilder(statement) ? statement.toSQL() : dialect.sqlToQuery(statement);
  return d1(db)
    .prepare(query.sql)
    .bind(...query.params);
}

/** Runs the statements in one batch and returns their results, in order. */
export function runBatch(db: Db, statements: readonly Statement[]): Promise<D1Result[]> {
  return d1(db).batch(statements.map((statement) => prepare(db, statement)));
}

/** The rows a batch statement returned, typed by the caller. */
export function rowsOf<T>(result: D1Result | undefined): T[] {
  return (result?.results ?? []) as T[];
}
