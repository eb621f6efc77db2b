import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  abandonImport,
  addImportFiles,
  commitImport,
  startImport,
} from '../../../src/taxonomy/import-job';
import { ImportConflictError } from '../../../src/taxonomy/import-error';
import { db, ESCO_FILES, fixture, importFile, NOW, ONET_FILES } from './support';

const TABLES = [
  'frameworks',
  'competencies',
  'competency_search',
  'occupation_skills',
  'crosswalk_edges',
  'import_staging_competencies',
  'import_staging_links',
  'import_staging_occupation_skills',
  'import_staging_crosswalk',
];

async function counts() {
  const all: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
    all[table] = row?.n ?? 0;
  }
  return all;
}

/** The ESCO occupations file with the conceptType of its 40th occupation spoiled. */
function brokenOccupations(): { name: string; text: string; row: number } {
  const text = fixture(ESCO_FILES[0] ?? '');
  const starts = [...text.matchAll(/^Occupation,/gm)].map((match) => match.index ?? 0);
  const at = starts[39] ?? 0;
  return {
    name: 'occupations.csv',
    text: `${text.slice(0, at)}Ocupation,${text.slice(at + 11)}`,
    row: 41,
  };
}

const escoStart = (
  files: Array<{ name: string; text: string }>,
  commit: boolean,
  organisationId: string | null = null,
) =>
  startImport(
    db,
    { organisationId, kind: 'esco', files, options: {}, createdBy: null },
    commit,
    NOW,
  );

describe('a file broken in the middle', () => {
  it('is refused with its row and column, and the database is unchanged', async () => {
    await escoStart(ESCO_FILES.map(importFile), true);
    const before = await counts();
    const broken = brokenOccupations();

    const attempt = escoStart([importFile(ESCO_FILES[1] ?? ''), broken], true);

    await expect(attempt).rejects.toMatchObject({
      location: { file: 'occupations.csv', row: broken.row, column: 'conceptType' },
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves O*NET untouched when a Skills row in the middle has a value off the scale', async () => {
    const skills = fixture('onet/skills.onet29.subset.txt').split('\n');
    const cells = (skills[1400] ?? '').split('\t');
    cells[6] = '9.00';
    skills[1400] = cells.join('\t');
    const files = [
      ...ONET_FILES.slice(0, 2).map(importFile),
      { name: 'skills.txt', text: skills.join('\n') },
    ];
    const before = await counts();

    const attempt = startImport(
      db,
      { organisationId: null, kind: 'onet', files, options: {}, createdBy: null },
      true,
      NOW,
    );

    await expect(attempt).rejects.toMatchObject({
      location: { file: 'skills.txt', row: 1401, column: 'Data Value' },
    });
    expect(await counts()).toEqual(before);
  });
});

describe('an import over several requests', () => {
  it('stages file by file, shows its progress, and makes nothing live before the commit', async () => {
    const live = async () => {
      const all = await counts();
      return [all.frameworks, all.competencies, all.competency_search];
    };
    const before = await live();
    const job = await escoStart([importFile(ESCO_FILES[0] ?? '')], false, 'org-parts');
    const files = [importFile(ESCO_FILES[1] ?? '')];
    const added = await addImportFiles(db, 'org-parts', job.id, files, NOW);

    expect(job.status).toBe('staging');
    expect(added?.files.map((f) => f.name)).toEqual(
      ESCO_FILES.map((p) => p.slice(p.lastIndexOf('/') + 1)),
    );
    expect(added?.stagedRows).toBeGreaterThan(job.stagedRows);
    expect(await live()).toEqual(before);

    const committed = await commitImport(db, 'org-parts', job.id, NOW);
    expect(committed?.status).toBe('committed');
    expect(committed?.result?.competencies).toMatchObject({ total: 108 });
  });

  it('keeps staging when a later file is refused, so the fixed file can be sent again', async () => {
    const job = await escoStart([importFile(ESCO_FILES[1] ?? '')], false);

    await expect(
      addImportFiles(db, null, job.id, [brokenOccupations()], NOW),
    ).rejects.toMatchObject({ location: { row: 41 } });
    const again = await addImportFiles(db, null, job.id, [importFile(ESCO_FILES[0] ?? '')], NOW);
    expect(again?.status).toBe('staging');
    expect(again?.files).toHaveLength(2);
  });

  it('refuses to commit when staging did not finish, and fails the job', async () => {
    const job = await escoStart([importFile(ESCO_FILES[1] ?? '')], false);
    await env.DB.prepare('UPDATE import_jobs SET staged_rows = staged_rows + 1 WHERE id = ?')
      .bind(job.id)
      .run();

    await expect(commitImport(db, null, job.id, NOW)).rejects.toBeInstanceOf(ImportConflictError);
    expect(
      await env.DB.prepare('SELECT status FROM import_jobs WHERE id = ?').bind(job.id).first(),
    ).toEqual({ status: 'failed' });
  });

  it('abandons a job: its staging rows go, and it takes no more files', async () => {
    const job = await escoStart([importFile(ESCO_FILES[1] ?? '')], false);

    const abandoned = await abandonImport(db, null, job.id, NOW);

    expect(abandoned?.status).toBe('abandoned');
    expect(
      await env.DB.prepare('SELECT count(*) AS n FROM import_staging_competencies WHERE job_id = ?')
        .bind(job.id)
        .first(),
    ).toEqual({ n: 0 });
    await expect(
      addImportFiles(db, null, job.id, [importFile(ESCO_FILES[0] ?? '')], NOW),
    ).rejects.toBeInstanceOf(ImportConflictError);
  });

  it('shows a job only to its owner', async () => {
    const job = await escoStart([importFile(ESCO_FILES[1] ?? '')], false);
    expect(await commitImport(db, 'org-other', job.id, NOW)).toBeNull();
  });
});
