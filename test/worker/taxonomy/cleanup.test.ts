import { describe, expect, it } from 'vitest';
import { cleanUpTaxonomy } from '../../../src/db/taxonomy-cleanup';
import { storeAnswer } from '../../../src/db/taxonomy-idempotency';
import { getImportJob, startImport } from '../../../src/taxonomy/import-job';
import { countRows, db, NOW } from './support';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

describe('the daily clean-up of the taxonomy', () => {
  it('abandons imports left staging for a day and deletes their staging rows', async () => {
    const files = [{ name: 'a.csv', text: 'code,label\nA,One' }];
    const request = {
      organisationId: null,
      kind: 'csv' as const,
      files,
      options: {},
      createdBy: null,
    };
    const job = await startImport(db, request, false, NOW);

    expect((await cleanUpTaxonomy(db, at(23))).staleImports).toBe(0);
    expect((await cleanUpTaxonomy(db, at(25))).staleImports).toBe(1);
    expect((await getImportJob(db, null, job.id))?.status).toBe('abandoned');
    expect(await countRows('import_staging_competencies')).toBe(0);
  });

  it('deletes idempotency answers once they expire', async () => {
    const answer = { requestHash: 'h', status: 201, body: '{}', location: null };
    await storeAnswer(db, 'key-1', answer, NOW, at(24));

    expect((await cleanUpTaxonomy(db, at(1))).idempotencyAnswers).toBe(0);
    expect((await cleanUpTaxonomy(db, at(24))).idempotencyAnswers).toBe(1);
  });
});
