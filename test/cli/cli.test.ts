// Drives the CLI exactly as outside tests do: `npm run --silent cli -- --db F <command>`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = tempDir();
afterAll(() => dir.cleanup());

function cli(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line', () => {
  const db = join(dir.dir, 'cli.sqlite');

  it('imports a document and prints the counts per kind as JSON', () => {
    const r = cli('--db', db, 'import', join(FIXTURES, 'provincial-small.json'));
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.imported).toMatchObject({ semesters: 4, faculty: 30, sessions: 495, trainingRecords: 515 });
    expect(r.stderr).toMatch(/导入完成/);
  });

  it('exports the exchange document as JSON on stdout', () => {
    const r = cli('--db', db, 'export');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('jiaowu-exchange');
    expect(doc.sessions).toHaveLength(495);
  });

  it('rejects an invalid document with exit 1, lists every error, and changes nothing', () => {
    const before = cli('--db', db, 'export').stdout;
    const r = cli('--db', db, 'import', join(FIXTURES, 'invalid-sample.json'));
    expect(r.status).toBe(1);
    for (const path of ['sessions[5].class', 'sessions[9].hours', 'faculty[30].id', 'sessions[30].date']) {
      expect(r.stderr).toContain(path);
      expect(r.stdout).toContain(path);
    }
    expect(cli('--db', db, 'export').stdout).toBe(before);
  });

  it('rejects a file that is not JSON with a Chinese message', () => {
    const bad = join(dir.dir, 'bad.json');
    writeFileSync(bad, '{ "format": ');
    const r = cli('--db', db, 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/不是有效的 JSON/);
  });

  it('explains an unknown command', () => {
    const r = cli('--db', db, 'frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/未知命令/);
  });
});
