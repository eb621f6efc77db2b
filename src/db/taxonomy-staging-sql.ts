// The statements that unpack one JSON chunk of staging rows with `json_each`: one bound
// parameter per statement, merging rows that describe the same competency or relation.
import { type SQL, sql } from 'drizzle-orm';

const col = (index: number) => sql.raw(`json_extract(j.value, '$[${index}]')`);

export function competencyStatement(jobId: string, file: string, json: string): SQL {
  return sql`INSERT INTO import_staging_competencies (job_id, id, key, kind, item_type, code, uri,
      label, abbreviated_label, alt_labels, description, position, row, ref_column, file)
    SELECT ${jobId}, ${col(0)}, ${col(1)}, ${col(2)}, ${col(3)}, ${col(4)}, ${col(5)}, ${col(6)},
      ${col(7)}, ${col(8)}, ${col(9)}, ${col(10)}, ${col(11)}, ${col(12)}, ${file}
    FROM json_each(${json}) AS j WHERE true
    ON CONFLICT (job_id, id) DO UPDATE SET
      kind = coalesce(kind, excluded.kind),
      item_type = coalesce(item_type, excluded.item_type),
      code = coalesce(code, excluded.code),
      uri = coalesce(uri, excluded.uri),
      label = coalesce(label, excluded.label),
      abbreviated_label = coalesce(abbreviated_label, excluded.abbreviated_label),
      description = coalesce(description, excluded.description),
      position = coalesce(position, excluded.position),
      ref_column = coalesce(ref_column, excluded.ref_column),
      alt_labels = CASE
        WHEN excluded.alt_labels = '[]' THEN alt_labels
        WHEN alt_labels = '[]' THEN excluded.alt_labels
        ELSE (SELECT json_group_array(value) FROM (
          SELECT value FROM json_each(import_staging_competencies.alt_labels)
          UNION SELECT value FROM json_each(excluded.alt_labels) ORDER BY value))
      END`;
}

export function linkStatement(jobId: string, file: string, json: string): SQL {
  return sql`INSERT INTO import_staging_links (job_id, source_id, relation, target_id, target_uri,
      reverse, position, row, file)
    SELECT ${jobId}, ${col(0)}, ${col(1)}, ${col(2)}, ${col(3)}, ${col(4)}, ${col(5)}, ${col(6)},
      ${file}
    FROM json_each(${json}) AS j`;
}

export function occupationSkillStatement(jobId: string, file: string, json: string): SQL {
  return sql`INSERT INTO import_staging_occupation_skills (job_id, occupation_id, competency_id,
      relation_type, importance, level, hot_technology, in_demand, row, occupation_column,
      competency_column, file)
    SELECT ${jobId}, ${col(0)}, ${col(1)}, ${col(2)}, ${col(3)}, ${col(4)}, ${col(5)}, ${col(6)},
      ${col(7)}, ${col(8)}, ${col(9)}, ${file}
    FROM json_each(${json}) AS j WHERE true
    ON CONFLICT (job_id, occupation_id, competency_id) DO UPDATE SET
      relation_type = coalesce(relation_type, excluded.relation_type),
      importance = coalesce(importance, excluded.importance),
      level = coalesce(level, excluded.level),
      hot_technology = coalesce(hot_technology, excluded.hot_technology),
      in_demand = coalesce(in_demand, excluded.in_demand)`;
}

export function crosswalkStatement(jobId: string, file: string, json: string): SQL {
  return sql`INSERT INTO import_staging_crosswalk (job_id, source_ref, source_framework, relation,
      target_ref, target_framework, note, row, file)
    SELECT ${jobId}, ${col(0)}, ${col(1)}, ${col(2)}, ${col(3)}, ${col(4)}, ${col(5)}, ${col(6)},
      ${file}
    FROM json_each(${json}) AS j`;
}
