import { describe, expect, it } from 'vitest';
import { chunkRows, MAX_CHUNK_BYTES } from '../../../src/db/taxonomy-staging';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('staging chunks (one bound parameter per statement)', () => {
  it('keeps every chunk within 90 KB of UTF-8, counting multi-byte text right', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `cp_${i}`,
      `Datenanalyse 数据分析 📊 ${i}`,
      null,
      i,
    ]);

    const chunks = chunkRows(rows);

    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(bytes(chunk.json)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
    expect(chunks.flatMap((chunk) => JSON.parse(chunk.json))).toEqual(rows);
    expect(chunks.reduce((sum, chunk) => sum + chunk.rows, 0)).toBe(rows.length);
  });

  it('refuses a single row too large for one statement', () => {
    expect(() => chunkRows([['x'.repeat(MAX_CHUNK_BYTES)]])).toThrow(RangeError);
  });
});
