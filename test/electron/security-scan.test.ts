// The electronegativity gate (npm run security) fails on a HIGH finding: run on a copy of the built app
// whose window has context isolation and the sandbox switched off. (That the real build passes is the
// `npm run security` step of `npm test` itself.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = tempDir();
afterAll(tmp.cleanup);

const scan = (dir: string) =>
  spawnSync(process.execPath, ['scripts/security.ts', '--input', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run security', () => {
  it('fails when the window weakens isolation', () => {
    if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does)');
    const weak = join(tmp.dir, 'out');
    cpSync(join(ROOT, 'out'), weak, { recursive: true });
    const main = join(weak, 'main', 'index.js');
    const source = readFileSync(main, 'utf8');
    expect(source).toContain('contextIsolation: true');
    writeFileSync(main, source.replace('contextIsolation: true', 'contextIsolation: false').replace('sandbox: true', 'sandbox: false'));
    const bad = scan(weak);
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/HIGH .*CONTEXT_ISOLATION_JS_CHECK.*FAIL/);
  });

  it('follows the main process into the chunks it imports, and only those', () => {
    const copy = join(tmp.dir, 'chunked');
    cpSync(join(ROOT, 'out'), copy, { recursive: true });
    const weakWindow = `import { BrowserWindow } from "electron";\nexport const open = () => new BrowserWindow({ webPreferences: { contextIsolation: false } });\n`;
    // a chunk nothing of the shell imports (as the backend's are) is not the shell's
    writeFileSync(join(copy, 'main', 'chunks', 'unused.js'), weakWindow);
    const alone = scan(copy);
    expect(alone.status, alone.stdout + alone.stderr).toBe(0);
    writeFileSync(join(copy, 'main', 'chunks', 'window.js'), weakWindow);
    const main = join(copy, 'main', 'index.js');
    writeFileSync(main, `import { open } from "./chunks/window.js";\n${readFileSync(main, 'utf8')}`);
    const bad = scan(copy);
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/HIGH .*CONTEXT_ISOLATION_JS_CHECK.*window\.js/);
  });
});
