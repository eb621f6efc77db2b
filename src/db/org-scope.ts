// The one way into an organisation's rows. An `OrgScope` is handed out only by the authenticators
// (src/auth/access.ts) for the member or key that asked; every data-access function for
// organisation data takes one, so a handler cannot forget, or choose, the organisation.
import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

declare const scopeBrand: unique symbol;

/** Access to one organisation's rows, for one request. */
export interface OrgScope {
  readonly db: Db;
  readonly organisationId: string;
  readonly [scopeBrand]: true;
}

/** Scopes handed out by `grantOrgScope`: a hand-made object is refused at run time too. */
const granted = new WeakSet<object>();

/**
 * Grants a scope over one organisation. Only the authenticators call this, with the organisation
 * of the member or key they have just verified.
 */
export function grantOrgScope(db: Db, organisationId: string): OrgScope {
  const scope = Object.freeze({ db, organisationId }) as OrgScope;
  granted.add(scope);

  return scope;
}

/** The organisation id of a granted scope; throws for anything `grantOrgScope` did not make. */
export function scopedOrganisationId(scope: OrgScope): string {
  if (!granted.has(scope)) throw new Error('An organisation scope must come from sign-in.');

  return scope.organisationId;
}

/**
 * The condition "this row belongs to the scope's organisation", for a table's organisation
 * column. Every query of organisation data puts it in its `where`.
 *
 * @example
 * db.select().from(members).where(and(inScope(scope, members.organisationId), eq(members.id, id)))
 */
export function inScope(scope: OrgScope, column: SQLiteColumn): SQL {
  return eq(column, scopedOrganisationId(scope));
}
