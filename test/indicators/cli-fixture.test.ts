// The public contract: the CLI's answers on provincial-small.json equal provincial-small.expected.json
// (to 1e-9) for every semester, year and as-of date the expected file lists.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, readFixture, tempDir } from '../helpers.ts';
import { expectClose } from './approx.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = tempDir();
const db = join(dir.dir, 'fixture.sqlite');
afterAll(() => dir.cleanup());

function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', '--db', db, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, json: r.status === 0 ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

type Expected = {
  indicators: Record<string, Record<string, Record<string, unknown>>>;
  renewal: Record<string, Record<string, Record<string, unknown>>>;
  compliance: Record<string, unknown>;
};
const expected = readFixture('provincial-small.expected.json') as unknown as Expected;

beforeAll(() => {
  expect(cli('import', join(FIXTURES, 'provincial-small.json')).status).toBe(0);
});

describe('CLI answers on provincial-small.json', () => {
  for (const [semester, byId] of Object.entries(expected.indicators))
    it(`indicators --semester ${semester}`, () => {
      const r = cli('indicators', '--semester', semester);
      expect(r.status, r.stderr).toBe(0);
      expect(r.json.semester).toBe(semester);
      const ids = r.json.indicators.map((i: { id: string }) => i.id);
      expect(ids.sort()).toEqual(['T1a', 'T1b', 'T2', 'T3', 'T4a', 'T4b']);
      for (const [id, figure] of Object.entries(byId)) {
        const answer = r.json.indicators.find((i: { id: string }) => i.id === id);
        expectClose(answer, figure, `${semester}.${id}`);
        // Documented fields only: a no-data figure has no value at all (never 0%).
        if (figure.status === 'no_data') expect(answer).not.toHaveProperty('value');
      }
      expect(r.stderr).toMatch(/规则集/);
    });

  for (const [year, byId] of Object.entries(expected.renewal))
    it(`renewal --year ${year}`, () => {
      const r = cli('renewal', '--year', year);
      expect(r.status, r.stderr).toBe(0);
      expect(r.json.year).toBe(Number(year));
      for (const [id, figure] of Object.entries(byId))
        expectClose(r.json.indicators.find((i: { id: string }) => i.id === id), figure, `${year}.${id}`);
    });

  for (const [asOf, answer] of Object.entries(expected.compliance))
    it(`compliance --as-of ${asOf} (exactly the expected fields)`, () => {
      const r = cli('compliance', '--as-of', asOf);
      expect(r.status, r.stderr).toBe(0);
      expectClose(r.json, answer, asOf, true);
    });

  it('check --semester lists what every check found, each finding pointing at a record', () => {
    const r = cli('check', '--semester', '2026S');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json.checks).toHaveLength(10);
    for (const f of r.json.findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.record.id).toBeTruthy();
    }
    const counted = r.json.findings.length;
    expect(r.json.summary.error + r.json.summary.warning + r.json.summary.info).toBe(counted);
  });

  it('refuses an unknown semester with a Chinese message and exit 1', () => {
    const r = cli('indicators', '--semester', 'NOPE');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/学期“NOPE”不存在/);
  });
});
