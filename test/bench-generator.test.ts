// The benchmark's dataset generator: the same seed gives byte-identical output, and the document it
// writes is a valid exchange document the importer accepts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LARGE_SCHOOL } from '../bench/dataset.ts';
import { writeDataset } from '../bench/generate.ts';
import { tempBackend, tempDir } from './helpers.ts';

const tiny = { ...LARGE_SCHOOL, years: 2, classesPerYear: 6, sessionsPerClass: 8, lecturers: 30, trainees: 40, records: 400 };
const dir = tempDir('jiaowu-bench-');
afterAll(() => dir.cleanup());

const hashOf = (seed: number, name: string): string => {
  const file = join(dir.dir, name);
  writeDataset({ ...tiny, seed }, file);
  return createHash('sha256').update(readFileSync(file)).digest('hex');
};

describe('bench dataset generator', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', () => {
    const first = hashOf(7, 'a.json');
    expect(hashOf(7, 'b.json')).toBe(first);
    expect(hashOf(8, 'c.json')).not.toBe(first);
  });

  it('writes exactly the requested sizes as a document the importer accepts', async () => {
    const file = join(dir.dir, 'doc.json');
    const counts = writeDataset(tiny, file);
    expect(counts).toMatchObject({ classes: 12, faculty: 30, trainees: 40, trainingRecords: 400 });
    expect(counts.sessions).toBeGreaterThanOrEqual(12 * 4);
    expect(counts.sessions).toBeLessThanOrEqual(12 * 12);
    const backend = tempBackend();
    try {
      const summary = await backend.invoke('exchange.import', { document: JSON.parse(readFileSync(file, 'utf8')) });
      expect(summary.imported).toEqual(counts);
      expect(summary.warnings).toEqual([]);
    } finally {
      await backend.dispose();
    }
  });
});
