import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportInvalidError } from '../../../src/taxonomy/import-error';
import { countRows, db, ESCO_FILES, fixture, importFile, NOW } from './support';
import { startImport } from '../../../src/taxonomy/import-job';

const occupations = Papa.parse<Record<string, string>>(fixture(ESCO_FILES[0] ?? ''), {
  header: true,
  skipEmptyLines: true,
}).data;
const skills = Papa.parse<Record<string, string>>(fixture(ESCO_FILES[1] ?? ''), {
  header: true,
  skipEmptyLines: true,
}).data;

const uriOf = (list: Array<Record<string, string>>, label: string) =>
  list.find((row) => row.preferredLabel === label)?.conceptUri ?? '';

const SECURITY_ADMIN = uriOf(occupations, 'ICT security administrator');
const DATA_ANALYST = uriOf(occupations, 'data analyst');
const PROTECT_DEVICES = uriOf(skills, 'protect ICT devices');
const PRIVACY = uriOf(skills, 'protect personal data and privacy');
const PROGRAMMING = uriOf(skills, 'computer programming');

/** Relations in the columns ESCO publishes (v1.1: occupationUri, relationType, skillType, skillUri). */
const RELATIONS = [
  'occupationUri,relationType,skillType,skillUri',
  `${SECURITY_ADMIN},essential,skill/competence,${PROTECT_DEVICES}`,
  `${SECURITY_ADMIN},optional,skill/competence,${PRIVACY}`,
  `${DATA_ANALYST},essential,knowledge,${PROGRAMMING}`,
].join('\n');

function escoImport(extra: Array<{ name: string; text: string }>) {
  const files = [...ESCO_FILES.map(importFile), ...extra];
  const request = {
    organisationId: null,
    kind: 'esco' as const,
    files,
    options: { frameworkVersion: '1.1' },
    createdBy: 'operator',
  };
  return startImport(db, request, true, NOW);
}

async function labelsOf(uri: string): Promise<string[]> {
  const row = await env.DB.prepare('SELECT alt_labels FROM competencies WHERE uri = ?')
    .bind(uri)
    .first<{ alt_labels: string }>();
  return JSON.parse(row?.alt_labels ?? '[]') as string[];
}

let job: Awaited<ReturnType<typeof escoImport>>;

beforeAll(async () => {
  job = await escoImport([{ name: 'occupationSkillRelations_en.csv', text: RELATIONS }]);
});

describe('importing the ESCO subset', () => {
  it('imports every occupation and skill of the files, with the ESCO attribution', async () => {
    expect(job.status).toBe('committed');
    expect(await countRows('competencies', "kind = 'occupation'")).toBe(occupations.length);
    expect(await countRows('competencies', "kind IN ('skill', 'knowledge')")).toBe(skills.length);
    expect(await countRows('competencies', "kind = 'knowledge'")).toBe(
      skills.filter((s) => s.skillType === 'knowledge').length,
    );
    expect(job.target.attribution).toBe(
      'This service uses the ESCO classification of the European Commission.',
    );
    expect(job.target.licence).toContain('2011/833/EU');
  });

  it('reads alternative labels separated by new lines (full export) and " | " (collections)', async () => {
    expect(await labelsOf(SECURITY_ADMIN)).toEqual([
      'ICT security administrators',
      'IT security administrator',
      'network security administrator',
      'system security administrator',
    ]);
    expect(
      await labelsOf(uriOf(skills, 'engage in citizenship through digital technologies')),
    ).toContain('use e-services');
  });

  it('sets a parent from the first broader concept the import contains', async () => {
    const inFile = new Set(skills.map((s) => s.conceptUri));
    for (const skill of skills) {
      const broader =
        (skill.broaderConceptUri ?? '').split(' | ').find((uri) => inFile.has(uri)) ?? null;
      const row = await env.DB.prepare(
        'SELECT p.uri FROM competencies c LEFT JOIN competencies p ON p.id = c.parent_id WHERE c.uri = ?',
      )
        .bind(skill.conceptUri)
        .first<{ uri: string | null }>();
      expect(row?.uri ?? null, skill.preferredLabel).toBe(broader);
    }
  });

  it('counts the broader concepts and ISCO groups that are not in the import as unresolved', () => {
    expect(job.result?.unresolvedLinks).toBeGreaterThan(occupations.length - 1);
  });

  it('records occupation–skill relations as essential or optional', async () => {
    const rows = await env.DB.prepare(
      `SELECT o.label AS occupation, s.label AS skill, r.relation_type AS type FROM occupation_skills r
       JOIN competencies o ON o.id = r.occupation_id JOIN competencies s ON s.id = r.competency_id
       ORDER BY o.label, s.label`,
    ).all();
    expect(rows.results).toEqual([
      { occupation: 'ICT security administrator', skill: 'protect ICT devices', type: 'essential' },
      {
        occupation: 'ICT security administrator',
        skill: 'protect personal data and privacy',
        type: 'optional',
      },
      { occupation: 'data analyst', skill: 'computer programming', type: 'essential' },
    ]);
  });
});

describe('bad ESCO relation files', () => {
  it('refuses a relation type other than essential or optional, naming row and column', async () => {
    const bad = `${RELATIONS}\n${DATA_ANALYST},mandatory,knowledge,${PROGRAMMING}`;
    const attempt = escoImport([{ name: 'relations.csv', text: bad }]);

    await expect(attempt).rejects.toBeInstanceOf(ImportInvalidError);
    await expect(attempt).rejects.toMatchObject({
      location: { file: 'relations.csv', row: 5, column: 'relationType' },
    });
  });

  it('refuses a relation to a skill no file of the import describes, at commit, changing nothing', async () => {
    const before = await countRows('occupation_skills');
    const bad = `${RELATIONS}\n${DATA_ANALYST},optional,knowledge,http://data.europa.eu/esco/skill/missing`;
    const attempt = escoImport([{ name: 'relations.csv', text: bad }]);

    await expect(attempt).rejects.toMatchObject({
      location: { file: 'relations.csv', row: 5, column: 'skillUri' },
    });
    expect(await countRows('occupation_skills')).toBe(before);
    expect(await countRows('import_jobs', "status = 'failed'")).toBe(1);
    expect(await countRows('import_staging_competencies')).toBe(0);
  });
});
