// Makes a prepared framework live in ONE D1 batch: the counts of what changes go into the job
// first, then INSERT…SELECT and DELETE statements copy staging into the live tables (never row by
// row), and the staging rows go. Either all of it happens or none of it.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { runBatch } from './taxonomy-batch';
import type { FrameworkCommit } from './taxonomy-commit';
import { type EdgeSet, edgeCounts, replaceEdgeSet } from './taxonomy-edge-sets';
import { clearStagingStatements } from './taxonomy-imports';

const COMPETENCY_COLUMNS = [
  'kind',
  'item_type',
  'code',
  'uri',
  'label',
  'abbreviated_label',
  'alt_labels',
  'description',
  'parent_id',
  'position',
];
const SKILL_COLUMNS = ['relation_type', 'importance', 'level', 'hot_technology', 'in_demand'];

function differs(left: string, right: string, columns: readonly string[]): SQL {
  return sql.raw(`(${columns.map((c) => `${left}.${c} IS NOT ${right}.${c}`).join(' OR ')})`);
}

function staged(table: string, c: FrameworkCommit): SQL {
  return sql`SELECT * FROM ${sql.raw(table)} WHERE job_id = ${c.jobId}`;
}

function competencyCounts(c: FrameworkCommit): SQL {
  const s = staged('import_staging_competencies', c);
  return sql`json_object(
    'added', (SELECT count(*) FROM (${s}) AS s
      WHERE NOT EXISTS (SELECT 1 FROM competencies AS c WHERE c.id = s.id)),
    'removed', (SELECT count(*) FROM competencies AS c WHERE c.framework_id = ${c.frameworkId}
      AND NOT EXISTS (SELECT 1 FROM import_staging_competencies AS s
        WHERE s.job_id = ${c.jobId} AND s.id = c.id)),
    'changed', (SELECT count(*) FROM (${s}) AS s JOIN competencies AS c ON c.id = s.id
      WHERE ${differs('c', 's', COMPETENCY_COLUMNS)}),
    'total', (SELECT count(*) FROM (${s})))`;
}

function occupationSkillCounts(c: FrameworkCommit): SQL {
  const s = staged('import_staging_occupation_skills', c);
  const live = sql`o.occupation_id = s.occupation_id AND o.competency_id = s.competency_id`;
  return sql`json_object(
    'added', (SELECT count(*) FROM (${s}) AS s
      WHERE NOT EXISTS (SELECT 1 FROM occupation_skills AS o WHERE ${live})),
    'removed', (SELECT count(*) FROM occupation_skills AS o WHERE o.framework_id = ${c.frameworkId}
      AND NOT EXISTS (SELECT 1 FROM import_staging_occupation_skills AS s
        WHERE s.job_id = ${c.jobId} AND ${live})),
    'changed', (SELECT count(*) FROM (${s}) AS s JOIN occupation_skills AS o ON ${live}
      WHERE ${differs('o', 's', SKILL_COLUMNS)}),
    'total', (SELECT count(*) FROM (${s})))`;
}

function result(c: FrameworkCommit, edges: EdgeSet): SQL {
  return sql`UPDATE import_jobs SET result = json_object(
      'competencies', ${competencyCounts(c)},
      'occupationSkills', ${occupationSkillCounts(c)},
      'edges', ${edgeCounts(edges)},
      'unresolvedLinks', (SELECT count(*) FROM import_staging_links
        WHERE job_id = ${c.jobId} AND resolved_id IS NULL),
      'mappingsRemoved', (SELECT count(*) FROM badge_mappings AS m
        JOIN competencies AS c ON c.id = m.competency_id WHERE c.framework_id = ${c.frameworkId}
        AND NOT EXISTS (SELECT 1 FROM import_staging_competencies AS s
          WHERE s.job_id = ${c.jobId} AND s.id = c.id)))
    WHERE id = ${c.jobId}`;
}

function frameworkUpsert(c: FrameworkCommit, now: Date): SQL {
  const at = now.getTime();
  return sql`INSERT INTO frameworks (id, organisation_id, kind, uri, title, version, source,
      licence, attribution, content_hash, competency_count, created_at, updated_at)
    VALUES (${c.frameworkId}, ${c.organisationId}, ${c.kind}, ${c.uri}, ${c.title}, ${c.version},
      ${c.source}, ${c.licence}, ${c.attribution}, ${c.contentHash}, 0, ${at}, ${at})
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, version = excluded.version,
      source = excluded.source, licence = excluded.licence, attribution = excluded.attribution,
      content_hash = excluded.content_hash, updated_at = excluded.updated_at`;
}

function competencyStatements(c: FrameworkCommit): SQL[] {
  const removed = sql`DELETE FROM competencies WHERE framework_id = ${c.frameworkId}
    AND NOT EXISTS (SELECT 1 FROM import_staging_competencies AS s
      WHERE s.job_id = ${c.jobId} AND s.id = competencies.id)`;
  const columns = sql.raw(COMPETENCY_COLUMNS.join(', '));
  const updates = sql.raw(COMPETENCY_COLUMNS.map((n) => `${n} = excluded.${n}`).join(', '));
  const upsert = sql`INSERT INTO competencies (id, framework_id, key, ${columns})
    SELECT s.id, ${c.frameworkId}, s.key, ${sql.raw(COMPETENCY_COLUMNS.map((n) => `s.${n}`).join(', '))}
    FROM import_staging_competencies AS s WHERE s.job_id = ${c.jobId}
    ON CONFLICT (id) DO UPDATE SET ${updates}
    WHERE ${differs('competencies', 'excluded', COMPETENCY_COLUMNS)}`;
  return [removed, upsert];
}

function occupationSkillStatements(c: FrameworkCommit): SQL[] {
  const removed = sql`DELETE FROM occupation_skills WHERE framework_id = ${c.frameworkId}
    AND NOT EXISTS (SELECT 1 FROM import_staging_occupation_skills AS s
      WHERE s.job_id = ${c.jobId} AND s.occupation_id = occupation_skills.occupation_id
        AND s.competency_id = occupation_skills.competency_id)`;
  const columns = SKILL_COLUMNS.join(', ');
  const upsert = sql`INSERT INTO occupation_skills (framework_id, occupation_id, competency_id,
      ${sql.raw(columns)})
    SELECT ${c.frameworkId}, s.occupation_id, s.competency_id, ${sql.raw(SKILL_COLUMNS.map((n) => `s.${n}`).join(', '))}
    FROM import_staging_occupation_skills AS s WHERE s.job_id = ${c.jobId}
    ON CONFLICT (occupation_id, competency_id) DO UPDATE SET
      ${sql.raw(SKILL_COLUMNS.map((n) => `${n} = excluded.${n}`).join(', '))}
    WHERE ${differs('occupation_skills', 'excluded', SKILL_COLUMNS)}`;
  return [removed, upsert];
}

/**
 * Writes a prepared framework in one batch: job counts, framework row, competencies (removed
 * ones take their relations, edges and mappings with them), occupation–skill relations, the
 * framework's own edges, the competency count, the job's status, and the end of its staging.
 */
export async function commitFramework(db: Db, c: FrameworkCommit, now: Date): Promise<void> {
  const edges: EdgeSet = {
    jobId: c.jobId,
    organisationId: c.organisationId,
    origin: 'framework',
    frameworkId: c.frameworkId,
    crosswalkSet: null,
    createdBy: c.createdBy,
  };
  const count = sql`UPDATE frameworks SET competency_count = (SELECT count(*) FROM competencies
    WHERE framework_id = ${c.frameworkId}) WHERE id = ${c.frameworkId}`;
  const done = sql`UPDATE import_jobs SET status = 'committed', content_hash = ${c.contentHash},
    framework_id = ${c.frameworkId}, updated_at = ${now.getTime()} WHERE id = ${c.jobId}`;

  await runBatch(db, [
    result(c, edges),
    frameworkUpsert(c, now),
    ...competencyStatements(c),
    ...occupationSkillStatements(c),
    ...replaceEdgeSet(edges, now),
    count,
    done,
    ...clearStagingStatements(db, c.jobId),
  ]);
}
