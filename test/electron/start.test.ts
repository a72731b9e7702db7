// `npm start`'s pieces: finding Electron's lazily downloaded binary, one time-limited install attempt,
// and the fallback to browser mode on a machine without the binary (this one).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinaryPath, tryInstallElectron } from '../../scripts/electron-binary.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp.ts';
import { tempDir } from '../helpers.ts';

const tmp = tempDir();
afterAll(tmp.cleanup);
let n = 0;
const fakeElectronDir = () => {
  const dir = join(tmp.dir, `electron-${n++}`);
  mkdirSync(dir);
  return dir;
};

describe('Electron binary lookup', () => {
  it('needs both path.txt and the executable it names', () => {
    const dir = fakeElectronDir();
    expect(electronBinaryPath(dir)).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinaryPath(dir)).toBeNull();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronBinaryPath(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('runs the installer once and finds what it installed', () => {
    const dir = fakeElectronDir();
    writeFileSync(
      join(dir, 'install.js'),
      `const fs = require('fs'); fs.mkdirSync(__dirname + '/dist'); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');`,
    );
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
    expect(tryInstallElectron(dir, 30_000)).toBe(join(dir, 'dist', 'electron'));
  });

  it('gives up on an installer that hangs, at the time limit', () => {
    const dir = fakeElectronDir();
    writeFileSync(join(dir, 'install.js'), 'setTimeout(() => {}, 600000);');
    const started = Date.now();
    expect(tryInstallElectron(dir, 1000)).toBeNull();
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('answers null when there is no installer at all', () => {
    expect(tryInstallElectron(fakeElectronDir(), 1000)).toBeNull();
  });
});

describe('npm start without the Electron binary', () => {
  // --no-build: `npm test` has built out/ already, and rebuilding it here would race other tests reading it.
  it('says so in one line and serves browser mode on the default store, printing the address', async () => {
    const home = join(tmp.dir, 'config');
    const child = spawn(process.execPath, ['scripts/start.ts', '--port', '0', '--no-build'], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, JIAOWU_ELECTRON_DIR: fakeElectronDir(), XDG_CONFIG_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /已启动：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${stdout}`)));
    });
    try {
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toBe('无法获取 Electron 运行文件，改用浏览器模式 / Electron binary unavailable, starting browser mode instead.');
      expect(lines[1]).toContain(join(home, 'jiaowu', 'jiaowu.sqlite'));
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      // the API answers, and asks for the first administrator before anything else
      const status = (await (await fetch(`${url}api/auth.status`, { method: 'POST', body: '{}' })).json()) as { ok: boolean; value: { hasUsers: boolean } };
      expect(status).toMatchObject({ ok: true, value: { hasUsers: false } });
      expect(existsSync(join(home, 'jiaowu', 'jiaowu.sqlite'))).toBe(true);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
