import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExchangeFile } from '../../electron/backend/exchange/exchange-file.ts';
import { readFixture, tempBackend } from '../helpers.ts';

type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;
const KINDS = ['semesters', 'faculty', 'courses', 'classes', 'sessions', 'onlineCourses', 'trainees', 'trainingRecords'];

/** The store's data; the audit log is left out (each import is logged, even one that changes nothing). */
function snapshot(b: ReturnType<typeof tempBackend>): string {
  const tables = b.store.sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('audit_log', 'sqlite_sequence') ORDER BY name`)
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => b.store.sqlite.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

describe('exchange import and export', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(() => {
    b = tempBackend();
  });
  afterEach(async () => {
    await b.dispose();
  });

  it('imports the public fixture and counts every kind', async () => {
    const doc = readFixture('provincial-small.json');
    const summary = await b.invoke('exchange.import', { document: doc });
    for (const kind of KINDS) expect(summary.imported[kind as keyof typeof summary.imported]).toBe((doc[kind] as unknown[]).length);
    const info = await b.invoke('app.info', {});
    expect(info.counts.sessions).toBe((doc.sessions as unknown[]).length);
    expect(summary.warnings).toEqual([]);
  });

  it('a second import of the same document changes nothing', async () => {
    const doc = readFixture('provincial-small.json');
    await b.invoke('exchange.import', { document: doc });
    const before = snapshot(b);
    await b.invoke('exchange.import', { document: doc });
    expect(snapshot(b)).toBe(before);
  });

  it('export gives the imported data back, field for field', async () => {
    const doc = readFixture('provincial-small.json');
    await b.invoke('exchange.import', { document: doc });
    const out = (await b.invoke('exchange.export', {})) as Doc;
    expect(out.format).toBe('jiaowu-exchange');
    expect(out.version).toBe(1);
    expect(out.institution).toEqual(doc.institution);
    for (const kind of KINDS) {
      const exported = out[kind] as Row[];
      const original = doc[kind] as Row[];
      expect(exported).toHaveLength(original.length);
      if (kind === 'trainingRecords') {
        // Records have no ids: compare as multisets of their fields.
        const key = (r: Row) => JSON.stringify(Object.keys(r).filter((k) => r[k] !== undefined).sort().map((k) => [k, r[k]]));
        const withDefaults = (r: Row): Row => ({ days: 0, kind: 'concentrated', fullTime: false, theory: false, ...r });
        expect(exported.map(withDefaults).map(key).sort()).toEqual(original.map(withDefaults).map(key).sort());
        continue;
      }
      const byId = new Map(exported.map((r) => [r.id, r]));
      for (const row of original) {
        const back = byId.get(row.id)!;
        expect(back, `${kind} ${String(row.id)}`).toBeDefined();
        for (const [field, value] of Object.entries(row)) expect(back[field], `${kind}.${field}`).toEqual(value);
      }
    }
  });

  it('import(export(db)) reproduces the same store', async () => {
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const first = await b.invoke('exchange.export', {});
    const other = tempBackend();
    try {
      await other.invoke('exchange.import', { document: first });
      expect(await other.invoke('exchange.export', {})).toEqual(first);
    } finally {
      await other.dispose();
    }
  });

  it('rejects the invalid sample with every expected path and changes nothing', async () => {
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const before = snapshot(b);
    const result = await b.call('exchange.import', { document: readFixture('invalid-sample.json') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('IMPORT_REJECTED');
    const paths = (result.error.issues ?? []).map((i) => i.path);
    const { mustReport } = readFixture('invalid-sample.expected.json') as { mustReport: string[] };
    for (const path of mustReport) expect(paths).toContain(path);
    for (const issue of result.error.issues ?? []) expect(issue.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(snapshot(b)).toBe(before);
  });

  it('lets a document reference records already in the store', async () => {
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const result = await b.invoke('exchange.import', {
      document: {
        format: 'jiaowu-exchange',
        version: 1,
        sessions: [{ id: 'NEW1', class: 'K00001', course: 'C0001', date: '2025-03-10', hours: 3, lecturers: ['F0001'] }],
      },
    });
    expect(result.imported.sessions).toBe(1);
    const session = await b.invoke('sessions.get', { id: 'NEW1' });
    expect(session.lecturers).toEqual(['F0001']);
    expect(session.category).toBeNull();
  });

  it('reports a wrong format, wrong types and unknown fields', async () => {
    const result = await b.call('exchange.import', {
      document: {
        format: 'other',
        version: 2,
        semesters: [{ id: 'S', name: '学期', year: '2026', start: '2026-03-01', end: '2026-01-01', color: 'red' }],
        faculty: 'not a list',
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues!.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['format', 'version', 'semesters[0].year', 'faculty']));
    expect(await b.invoke('app.info', {})).toMatchObject({ counts: { semesters: 0 } });
  });

  it('keeps unknown fields out with a warning', async () => {
    const result = await b.invoke('exchange.import', {
      document: {
        format: 'jiaowu-exchange',
        version: 1,
        institution: { name: '某市委党校', level: 'municipal' },
        semesters: [{ id: 'S', name: '学期', year: 2026, start: '2026-03-01', end: '2026-07-01', color: 'red' }],
      },
    });
    expect(result.warnings.map((w) => w.path)).toEqual(['semesters[0].color']);
    expect(await b.invoke('institution.get', {})).toEqual({ name: '某市委党校', level: 'municipal', kind: 'party_school' });
  });

  it('keeps two identical training records of one day as two records, also on re-import', async () => {
    const record = { trainee: 'T1', date: '2026-03-03', hours: 3, kind: 'concentrated' };
    const doc = {
      format: 'jiaowu-exchange',
      version: 1,
      trainees: [{ id: 'T1', name: '李四', group: 'H2' }],
      trainingRecords: [record, record],
    };
    await b.invoke('exchange.import', { document: doc });
    await b.invoke('exchange.import', { document: doc });
    expect((await b.invoke('trainingRecords.list', { trainee: 'T1' })).total).toBe(2);
    const out = (await b.invoke('exchange.export', {})) as Doc;
    expect((out.trainingRecords as Row[]).every((r) => !('id' in r))).toBe(true);
  });

  it('streams a file to the same store as the parsed document, whatever the order of its kinds', async () => {
    const doc = readFixture('provincial-small.json');
    await b.invoke('exchange.import', { document: doc });
    const expected = snapshot(b);
    const other = tempBackend();
    try {
      // every kind after the kinds that reference it
      const reversed = Object.fromEntries(Object.entries(doc).reverse());
      const file = join(other.dir, 'reversed.json');
      writeFileSync(file, JSON.stringify(reversed, null, 1));
      const summary = await other.invoke('exchange.import', { document: new ExchangeFile(file) });
      expect(summary.imported.trainingRecords).toBe((doc.trainingRecords as unknown[]).length);
      expect(snapshot(other)).toBe(expected);
    } finally {
      await other.dispose();
    }
  });

  it('reports a reference to a row the document never declares, wherever it stands', async () => {
    const result = await b.call('exchange.import', {
      document: {
        format: 'jiaowu-exchange',
        version: 1,
        trainingRecords: [
          { trainee: 'T1', date: '2026-03-03', hours: 3 },
          { trainee: 'T9', date: '2026-03-03', hours: 3 },
        ],
        trainees: [{ id: 'T1', name: '李四' }],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: 'trainingRecords[1].trainee', value: 'T9', message: '培训记录第 2 条的“学员”引用的学员 "T9" 不存在' },
    ]);
    expect(await b.invoke('app.info', {})).toMatchObject({ counts: { trainees: 0, trainingRecords: 0 } });
  });

  it('writes nothing from a file whose text breaks off after valid rows', async () => {
    await b.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const before = snapshot(b);
    const text = JSON.stringify({ ...readFixture('provincial-small.json'), trainees: [{ id: 'NEW', name: '新学员' }] });
    const file = join(b.dir, 'cut.json');
    writeFileSync(file, text.slice(0, text.indexOf('"trainingRecords"') + 200));
    const result = await b.call('exchange.import', { document: new ExchangeFile(file) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('IMPORT_REJECTED');
    expect(result.error.message).toMatch(/不是有效的 JSON：.*第 \d+ 字节处/);
    expect(snapshot(b)).toBe(before);
  });
});
