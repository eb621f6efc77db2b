// Writes the baked badges of generated.ts into test/fixtures/baked/generated/.
// Run from the repository root: npx tsx test/worker/bake/write-generated.ts
import { writeFile } from 'node:fs/promises';
import { generatedBadges } from './generated';

const FOLDER = new URL('../../fixtures/baked/generated/', import.meta.url);

for (const [name, bytes] of await generatedBadges()) {
  await writeFile(new URL(name, FOLDER), bytes);
  console.log(`wrote test/fixtures/baked/generated/${name} (${bytes.length} bytes)`);
}
