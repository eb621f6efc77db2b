// Writes an import's rows into the staging tables within D1's limits: each statement carries
// one bound parameter, a JSON array of rows of at most 90 KB that `json_each` unpacks, and
// statements go in batches of 20, each batch also counting the rows into the job's progress.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { runBatch } from './taxonomy-batch';
import {
  competencyStatement,
  crosswalkStatement,
  linkStatement,
  occupationSkillStatement,
} from './taxonomy-staging-sql';
import type { StagedFile } from './taxonomy-staging-rows';

export type * from './taxonomy-staging-rows';

/** Largest JSON parameter of one statement: inside D1's 100 KB statement limit, with room. */
export const MAX_CHUNK_BYTES = 90_000;
const STATEMENTS_PER_BATCH = 20;

/** Bytes of `text` in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

/** A JSON array of rows for one statement, and how many rows it holds. */
export interface Chunk {
  json: string;
  rows: number;
}

/** JSON arrays of rows, each at most `MAX_CHUNK_BYTES` long. */
export function chunkRows(rows: readonly unknown[][]): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  let size = 2;

  for (const row of rows) {
    const json = JSON.stringify(row);
    const length = utf8Length(json) + 1;
    if (length + 2 > MAX_CHUNK_BYTES) throw new RangeError('A staged row is larger than 90 KB.');

    if (size + length > MAX_CHUNK_BYTES && parts.length > 0) {
      chunks.push({ json: `[${parts.join(',')}]`, rows: parts.length });
      parts = [];
      size = 2;
    }
    parts.push(json);
    size += length;
  }
  if (parts.length > 0) chunks.push({ json: `[${parts.join(',')}]`, rows: parts.length });
  return chunks;
}

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

function statements(jobId: string, staged: StagedFile): Array<{ query: SQL; rows: number }> {
  const make = (rows: unknown[][], build: (json: string) => SQL) =>
    chunkRows(rows).map((chunk) => ({ query: build(chunk.json), rows: chunk.rows }));
  const { file } = staged;

  return [
    ...make(
      staged.competencies.map((c) => [
        c.id,
        c.key,
        c.kind,
        c.itemType,
        c.code,
        c.uri,
        c.label,
        c.abbreviatedLabel,
        c.altLabels,
        c.description,
        c.position,
        c.row,
        c.refColumn,
      ]),
      (json) => competencyStatement(jobId, file, json),
    ),
    ...make(
      staged.links.map((l) => [
        l.sourceId,
        l.relation,
        l.targetId,
        l.targetUri,
        flag(l.reverse),
        l.position,
        l.row,
      ]),
      (json) => linkStatement(jobId, file, json),
    ),
    ...make(
      staged.occupationSkills.map((o) => [
        o.occupationId,
        o.competencyId,
        o.relationType,
        o.importance,
        o.level,
        flag(o.hotTechnology),
        flag(o.inDemand),
        o.row,
        o.occupationColumn,
        o.competencyColumn,
      ]),
      (json) => occupationSkillStatement(jobId, file, json),
    ),
    ...make(
      staged.crosswalk.map((x) => [
        x.sourceRef,
        x.sourceFramework,
        x.relation,
        x.targetRef,
        x.targetFramework,
        x.note,
        x.row,
      ]),
      (json) => crosswalkStatement(jobId, file, json),
    ),
  ];
}

/**
 * Stages one file's rows for a job, in batches; each batch adds its rows to the job's
 * `staged_rows` in the same transaction, so progress never counts a row that is not there.
 * Returns the number of rows staged.
 */
export async function stageFile(db: Db, jobId: string, staged: StagedFile, now: Date) {
  const all = statements(jobId, staged);
  let total = 0;

  for (let start = 0; start < all.length; start += STATEMENTS_PER_BATCH) {
    const slice = all.slice(start, start + STATEMENTS_PER_BATCH);
    const rows = slice.reduce((sum, statement) => sum + statement.rows, 0);
    const progress = sql`UPDATE import_jobs SET staged_rows = staged_rows + ${rows},
      updated_at = ${now.getTime()} WHERE id = ${jobId}`;

    await runBatch(db, [...slice.map((s) => s.query), progress]);
    total += rows;
  }
  return total;
}
