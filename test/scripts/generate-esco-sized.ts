// Generates an ESCO-sized release (about 14,000 skills, 3,000 occupations, 120,000 occupation–
// skill relations, in ESCO's published CSV columns) and imports it into a local D1 (wrangler's
// --persist-to folder) through the same staging and one-batch commit as the API and the CLI,
// one file part per step as the API takes them. Prints the time of every step.
//
//   npm run bench:import                      (a fresh database in a temporary folder)
//   npm run bench:import -- --persist-to .wrangler/state   (the database `npm start` serves)
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLocalDatabase } from '../../src/cli/import-database';
import { addImportFiles, commitImport, startImport } from '../../src/taxonomy/import-job';
import type { ImportFile } from '../../src/taxonomy/import-read';

const SKILLS = 14_000;
const OCCUPATIONS = 3_000;
const SKILLS_PER_OCCUPATION = 40;
const RELATION_PARTS = 4;
const WORDS =
  'data cloud deploy secure design analyse manage network test software system model'.split(' ');

/** A small seeded generator, so every run imports the same release. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261101);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
const phrase = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
const csvRow = (cells: string[]) => cells.map(csvCell).join(',');
const skillUri = (i: number) =>
  `http://data.europa.eu/esco/skill/bench-${i.toString(16).padStart(6, '0')}`;
const occupationUri = (i: number) =>
  `http://data.europa.eu/esco/occupation/bench-${i.toString(16).padStart(6, '0')}`;

function skillsFile(): ImportFile {
  const header =
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
  const rows = Array.from({ length: SKILLS }, (_, i) => {
    const alt = Array.from({ length: 3 }, () => phrase(3)).join('\n');
    const type = i % 4 === 0 ? 'knowledge' : 'skill/competence';
    return csvRow([
      'KnowledgeSkillCompetence',
      skillUri(i),
      type,
      'sector-specific',
      `${phrase(3)} ${i}`,
      alt,
      '',
      'released',
      '2024-01-01',
      '',
      '',
      'http://data.europa.eu/esco/concept-scheme/skills',
      phrase(30),
    ]);
  });
  return { name: 'skills_en.csv', text: [header, ...rows].join('\n') };
}

function occupationsFile(): ImportFile {
  const header =
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code';
  const rows = Array.from({ length: OCCUPATIONS }, (_, i) => {
    const isco = String(1000 + (i % 400));
    return csvRow([
      'Occupation',
      occupationUri(i),
      isco,
      `${phrase(2)} specialist ${i}`,
      phrase(3),
      '',
      'released',
      '2024-01-01',
      '',
      '',
      '',
      'http://data.europa.eu/esco/concept-scheme/occupations',
      phrase(40),
      `${isco}.${i}`,
    ]);
  });
  return { name: 'occupations_en.csv', text: [header, ...rows].join('\n') };
}

function relationParts(): ImportFile[] {
  const header = 'occupationUri,relationType,skillType,skillUri';
  const rows: string[] = [];
  for (let o = 0; o < OCCUPATIONS; o += 1) {
    const start = Math.floor(next() * SKILLS);
    for (let s = 0; s < SKILLS_PER_OCCUPATION; s += 1) {
      const skill = (start + s * 7) % SKILLS;
      rows.push(
        csvRow([
          occupationUri(o),
          s < 15 ? 'essential' : 'optional',
          'skill/competence',
          skillUri(skill),
        ]),
      );
    }
  }
  const size = Math.ceil(rows.length / RELATION_PARTS);
  return Array.from({ length: RELATION_PARTS }, (_, part) => ({
    name: `occupationSkillRelations_en.part${part + 1}.csv`,
    text: [header, ...rows.slice(part * size, (part + 1) * size)].join('\n'),
  }));
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

function migrate(folder: string): void {
  const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };
  const args = [
    'node_modules/wrangler/bin/wrangler.js',
    'd1',
    'migrations',
    'apply',
    'DB',
    '--local',
    '--persist-to',
    folder,
  ];
  const run = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (run.status !== 0) throw new Error('Applying the migrations failed.');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'persist-to': { type: 'string' } } });
  const temporary = values['persist-to'] ? null : await mkdtemp(join(tmpdir(), 'proofpath-bench-'));
  const persist = values['persist-to'] ?? (temporary as string);

  const files = await timed('generate an ESCO-sized release', async () => [
    skillsFile(),
    occupationsFile(),
    ...relationParts(),
  ]);
  const megabytes = files.reduce((sum, f) => sum + f.text.length, 0) / 1e6;
  console.log(
    `  ${SKILLS} skills, ${OCCUPATIONS} occupations, ${OCCUPATIONS * SKILLS_PER_OCCUPATION} relations, ${megabytes.toFixed(1)} MB in ${files.length} files`,
  );
  await timed('apply the migrations', async () => migrate(persist));
  const local = await openLocalDatabase('wrangler.toml', null, persist);

  try {
    const total = performance.now();
    const [first, ...rest] = files;
    const request = {
      organisationId: null,
      kind: 'esco' as const,
      files: [first as ImportFile],
      options: { frameworkVersion: 'bench' },
      createdBy: 'bench',
    };
    const job = await timed(`stage ${first?.name}`, () =>
      startImport(local.db, request, false, new Date()),
    );
    for (const file of rest)
      await timed(`stage ${file.name}`, () =>
        addImportFiles(local.db, null, job.id, [file], new Date()),
      );
    const done = await timed('commit (one D1 batch)', () =>
      commitImport(local.db, null, job.id, new Date()),
    );
    console.log(
      `${'import in all'.padEnd(44)} ${((performance.now() - total) / 1000).toFixed(2)} s`,
    );
    console.log(
      `  status ${done?.status}: ${JSON.stringify(done?.result?.competencies)}, relations ${JSON.stringify(done?.result?.occupationSkills)}`,
    );
  } finally {
    await local.close();
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}

await main();
