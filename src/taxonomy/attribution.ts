// The notice each framework's licence asks for, attached to every answer that shows its data.
import { findFrameworks } from '../db/taxonomy-frameworks';
import type { Db } from '../db/client';
import type { FrameworkRow } from '../db/taxonomy-schema';

/** A framework's source, version, licence and attribution text. */
export interface Attribution {
  frameworkId: string;
  title: string;
  version: string | null;
  source: string | null;
  licence: string | null;
  attribution: string | null;
}

/** The attribution of one framework row. */
export function attributionOf(row: FrameworkRow): Attribution {
  const { id, title, version, source, licence, attribution } = row;
  return { frameworkId: id, title, version, source, licence, attribution };
}

/** The attributions of the frameworks whose data an answer shows, by title. */
export async function attributionsFor(
  db: Db,
  organisationId: string | null,
  frameworkIds: readonly string[],
): Promise<Attribution[]> {
  const rows = await findFrameworks(db, organisationId, [...frameworkIds]);
  return rows.map(attributionOf);
}
