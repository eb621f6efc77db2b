// Who sees which taxonomy rows: public reference data (organisation NULL) is seen by everyone,
// an organisation's private rows only by that organisation. Every taxonomy query uses these.
import { eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** Rows owned by exactly this owner: the organisation, or public data when `null`. */
export function ownedBy(column: SQLiteColumn, organisationId: string | null): SQL {
  return organisationId === null ? isNull(column) : eq(column, organisationId);
}

/** Rows this organisation may read: public ones and its own; only public ones for `null`. */
export function visibleTo(column: SQLiteColumn, organisationId: string | null): SQL {
  if (organisationId === null) return isNull(column);
  return or(isNull(column), eq(column, organisationId)) as SQL;
}

/** `visibleTo` for hand-written SQL, on a column written as `alias.organisation_id`. */
export function visibleSql(column: SQL, organisationId: string | null): SQL {
  if (organisationId === null) return sql`${column} IS NULL`;
  return sql`(${column} IS NULL OR ${column} = ${organisationId})`;
}

/** The owner as stored in the expression indexes: `coalesce(organisation_id, '')`. */
export function ownerKey(organisationId: string | null): string {
  return organisationId ?? '';
}
