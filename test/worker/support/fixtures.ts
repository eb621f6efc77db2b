// Fixture files as text, keyed by their path under test/fixtures/ (workerd has no file system).

const files = import.meta.glob<string>('../../fixtures/**/*.{json,tsv,nq}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const PREFIX = '../../fixtures/';

export const FIXTURES: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, text]) => [path.slice(PREFIX.length), text]),
);

export function fixtureText(path: string): string {
  const text = FIXTURES.get(path);
  if (text === undefined) throw new Error(`no fixture ${path}`);
  return text;
}

export function fixtureJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}

export function fixturePaths(prefix: string): string[] {
  return [...FIXTURES.keys()].filter((path) => path.startsWith(prefix)).sort();
}
