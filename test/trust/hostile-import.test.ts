// Hostile exchange documents: malformed JSON text through the CLI, and a valid document with hostile
// values put in at random places through the API. A clear error, and nothing written.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readFixture, tempBackend, tempDir } from '../helpers.ts';
import { storeDigest } from './digest.ts';
import { deep, hostileValue } from './hostile.arbitraries.ts';

const CLI = join(import.meta.dirname, '..', '..', 'electron', 'cli', 'main.ts');
const fixtureText = JSON.stringify(readFixture('provincial-small.json'));
const KINDS = ['semesters', 'faculty', 'courses', 'classes', 'sessions', 'onlineCourses', 'trainees', 'trainingRecords'];

describe('the CLI importer with malformed files', () => {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'store.sqlite');
  afterAll(cleanup);
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, '--db', db, ...args], { encoding: 'utf8' });
  const digest = () => {
    const s = new SQLite(db, { readonly: true });
    try {
      return storeDigest(s);
    } finally {
      s.close();
    }
  };
  beforeAll(() => {
    expect(cli('import', join(FIXTURES, 'provincial-small.json')).status).toBe(0);
  });

  const cases: [string, string | Buffer][] = [
    ['truncated in the middle', fixtureText.slice(0, Math.floor(fixtureText.length / 2))],
    ['truncated by one character', fixtureText.slice(0, -1)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['empty file', ''],
    ['UTF-16 text', Buffer.from(`\ufeff${fixtureText.slice(0, 2000)}`, 'utf16le')],
    ['not an object', '[1, 2, 3]'],
    ['a bare string', '"jiaowu-exchange"'],
    ['nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['nested objects in a field', `{"format":"jiaowu-exchange","version":1,"trainees":[{"id":"T","name":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`],
    ['nested arrays in a field', JSON.stringify({ format: 'jiaowu-exchange', version: 1, trainees: [{ id: 'T', name: deep(1_000) }] })],
    ['a 5 MB name', JSON.stringify({ format: 'jiaowu-exchange', version: 1, trainees: [{ id: 'T', name: '长'.repeat(5_000_000), group: 'H2' }] })],
    ['numbers beyond double', fixtureText.replace(/"hours":\s*[\d.]+/, '"hours":1e999')],
    ['wrong types everywhere', JSON.stringify({ format: 'jiaowu-exchange', version: '1', semesters: {}, trainees: 'all', trainingRecords: [null, 1, 'x'] })],
    ['NaN literal', fixtureText.replace(/"hours":\s*[\d.]+/, '"hours":NaN')],
  ];

  it.each(cases)('%s: exit status 1, a Chinese message, nothing written', (_name, content) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, content);
    const before = digest();
    const run = cli('import', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/错误：.*[\u4e00-\u9fff]/);
    expect(run.stderr).not.toMatch(/内部错误/);
    if (run.stdout.trim()) expect(JSON.parse(run.stdout)).toMatchObject({ ok: false });
    expect(digest()).toBe(before);
  });
});

describe('the importer with hostile values in a valid document', () => {
  const backend = tempBackend();
  beforeAll(async () => {
    await backend.ready;
    await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
  });
  afterAll(() => backend.dispose());

  it('rejects the whole document or imports it, never fails inside', async () => {
    const mutation = fc.record({
      kind: fc.constantFrom(...KINDS),
      index: fc.nat(),
      field: fc.nat(),
      value: hostileValue,
      count: fc.integer({ min: 1, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const doc = readFixture('provincial-small.json') as Record<string, Record<string, unknown>[]>;
        for (const m of mutations) {
          const rows = doc[m.kind]!;
          const row = rows[m.index % rows.length]!;
          const fields = Object.keys(row);
          row[fields[m.field % fields.length]!] = m.value;
        }
        const before = storeDigest(backend.store.sqlite);
        const result = await backend.call('exchange.import', { document: doc });
        if (result.ok) return;
        expect(['IMPORT_REJECTED', 'VALIDATION']).toContain(result.error.code);
        expect(result.error.issues?.length).toBeGreaterThan(0);
        expect(storeDigest(backend.store.sqlite)).toBe(before);
      }),
      { numRuns: 80 },
    );
  });
});
