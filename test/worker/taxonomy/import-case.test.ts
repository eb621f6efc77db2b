import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ImportInvalidError } from '../../../src/taxonomy/import-error';
import { countRows, fixture, fixturePaths, importFixtures } from './support';

const WSCB = 'case/opensalt/what-standards-could-be.20c5134f.cfpackage.json';

interface Association {
  associationType: string;
  originNodeURI: { identifier: string };
  destinationNodeURI: { identifier: string };
}

function pkg(path: string) {
  return JSON.parse(fixture(path)) as {
    CFDocument: { identifier: string; uri: string; title: string; creator: string };
    CFItems: Array<{ identifier: string; humanCodingScheme?: string; fullStatement: string }>;
    CFAssociations: Association[];
  };
}

async function item(identifier: string, organisation: string | null = null) {
  return env.DB.prepare(
    `SELECT c.*, p.key AS parent_key FROM competencies c
     JOIN frameworks f ON f.id = c.framework_id
     LEFT JOIN competencies p ON p.id = c.parent_id
     WHERE c.key = ? AND f.organisation_id IS ?`,
  )
    .bind(identifier, organisation)
    .first<Record<string, string | number | null>>();
}

describe('importing CASE packages', () => {
  it.each(fixturePaths('case/'))('imports %s with one competency per CFItem', async (path) => {
    const source = pkg(path);
    const job = await importFixtures('case', [path], {}, `org-${path}`);

    expect(job.status).toBe('committed');
    expect(job.target.uri).toBe(source.CFDocument.uri);
    expect(job.target.attribution).toBe(
      `${source.CFDocument.title}, by ${source.CFDocument.creator}`,
    );
    expect(await countRows('competencies', 'framework_id = ?', job.frameworkId)).toBe(
      source.CFItems.length,
    );
  });

  it('takes the code from humanCodingScheme and the label from fullStatement', async () => {
    await importFixtures('case', [WSCB]);
    const first = pkg(WSCB).CFItems[0];
    const row = await item(first?.identifier ?? '');

    expect(row).toMatchObject({
      code: first?.humanCodingScheme,
      label: first?.fullStatement,
      kind: 'competency',
      item_type: 'Cluster',
    });
  });

  it('builds the hierarchy from isChildOf associations inside the package', async () => {
    await importFixtures('case', [WSCB]);
    const source = pkg(WSCB);
    const items = new Set(source.CFItems.map((i) => i.identifier));
    const children = source.CFAssociations.filter((a) => a.associationType === 'isChildOf');

    for (const link of children) {
      const parent = items.has(link.destinationNodeURI.identifier)
        ? link.destinationNodeURI.identifier
        : null;
      expect((await item(link.originNodeURI.identifier))?.parent_key).toBe(parent);
    }
  });

  it('turns "A precedes B" into the edge "B prerequisite A"', async () => {
    await importFixtures('case', [WSCB]);
    const source = pkg(WSCB);
    const items = new Set(source.CFItems.map((i) => i.identifier));
    const inside = source.CFAssociations.filter(
      (a) => a.associationType === 'precedes' && items.has(a.destinationNodeURI.identifier),
    );

    const edges = await env.DB.prepare(
      `SELECT s.key AS source, e.relation, t.key AS target FROM crosswalk_edges e
       JOIN competencies s ON s.id = e.source_id JOIN competencies t ON t.id = e.target_id
       WHERE e.origin = 'framework' AND e.organisation_id IS NULL ORDER BY s.key`,
    ).all();
    const expected = inside
      .map((a) => ({
        source: a.destinationNodeURI.identifier,
        relation: 'prerequisite',
        target: a.originNodeURI.identifier,
      }))
      .sort((a, b) => a.source.localeCompare(b.source));
    expect(edges.results).toEqual(expected);
  });

  it('counts associations to items outside every imported framework as unresolved, and exemplars as skipped', async () => {
    const job = await importFixtures('case', [WSCB], {}, 'org-unresolved');
    const source = pkg(WSCB);
    const items = new Set(source.CFItems.map((i) => i.identifier));
    const outside = source.CFAssociations.filter(
      (a) =>
        !['isChildOf', 'exemplar'].includes(a.associationType) &&
        !items.has(a.destinationNodeURI.identifier),
    );

    expect(job.result?.unresolvedLinks).toBe(outside.length);
    expect(job.files[0]?.skipped).toBe(
      source.CFAssociations.filter((a) => a.associationType === 'exemplar').length,
    );
  });

  it('updates in place when another package has the same CFDocument uri', async () => {
    const organisation = 'org-same-document';
    await importFixtures(
      'case',
      ['case/opensalt/tests/AdoptedTestFramework.json'],
      {},
      organisation,
    );
    const job = await importFixtures(
      'case',
      ['case/opensalt/tests/Utf8TestFramework.json'],
      {},
      organisation,
    );

    expect(job.result?.competencies).toEqual({ added: 0, removed: 0, changed: 1, total: 1 });
    expect((await item('00000000-0000-0000-0000-000000000001', organisation))?.label).toBe(
      'Item 𝑑 1',
    );
  });
});

describe('CASE packages that are not CASE 1.1', () => {
  const document = {
    identifier: 'a3c9f0c2-5a43-4b8e-9d2a-0c1f4b6e7d10',
    uri: 'https://case.example.org/d1',
    creator: 'X',
    title: 'T',
    lastChangeDateTime: '2024-01-01T00:00:00Z',
  };

  it('refuses a package that breaks the schema, with the JSON pointer, row and property', async () => {
    const bad = {
      CFDocument: document,
      CFItems: [
        {
          identifier: 'b4d0e1f3-6b54-4c9f-8e3b-1d2a5c7f8e21',
          uri: 'https://case.example.org/i1',
          fullStatement: 'S',
          lastChangeDateTime: 'yesterday',
        },
      ],
    };
    const attempt = importFixturesText(JSON.stringify(bad));

    await expect(attempt).rejects.toBeInstanceOf(ImportInvalidError);
    await expect(attempt).rejects.toMatchObject({
      location: { row: 1, column: 'lastChangeDateTime', pointer: '/CFItems/0/lastChangeDateTime' },
    });
  });

  it('refuses a property CASE 1.1 does not define', async () => {
    const bad = { CFDocument: { ...document, colour: 'blue' } };
    await expect(importFixturesText(JSON.stringify(bad))).rejects.toMatchObject({
      location: { column: 'colour', pointer: '/CFDocument/colour' },
    });
  });

  it('refuses text that is not JSON', async () => {
    await expect(importFixturesText('{"CFDocument":')).rejects.toMatchObject({
      message: 'The file is not well-formed JSON.',
    });
  });
});

async function importFixturesText(text: string) {
  const { startImport } = await import('../../../src/taxonomy/import-job');
  const { db, NOW } = await import('./support');
  const files = [{ name: 'package.json', text }];
  return startImport(
    db,
    { organisationId: null, kind: 'case', files, options: {}, createdBy: null },
    true,
    NOW,
  );
}
