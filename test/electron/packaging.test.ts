// Runs the real electron-builder on electron-builder.yml as far as this machine allows: with a stand-in
// Electron distribution instead of the download, it packs the app and stops where it flips the fuses
// (the stand-in has no fuse sentinel). That proves the file set, asar and unpacking rules, the locales
// and that fuses are requested; the real installers need the Electron download (see README).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = tempDir();
const electronDist = join(tmp.dir, 'electron-dist');
const output = join(tmp.dir, 'dist');
const unpacked = join(output, 'linux-unpacked');
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ is missing: run `npm run build` first (npm test does)');
  mkdirSync(join(electronDist, 'locales'), { recursive: true });
  mkdirSync(join(electronDist, 'resources'));
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(join(electronDist, 'version'), 'v45.4.1');
  for (const locale of ['zh-CN', 'en-US', 'fr', 'ja']) writeFileSync(join(electronDist, 'locales', `${locale}.pak`), '');
  result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--config', 'electron-builder.yml',
      '--linux', '--x64', '--dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 },
  );
}, 300_000);
afterAll(tmp.cleanup);

describe('electron-builder configuration', () => {
  it('packs the app and then asks to flip the fuses', () => {
    const log = `${result.stdout}${result.stderr}`;
    expect(log).toContain('Could not find sentinel');
    expect(result.status).not.toBe(0);
  });

  it('puts only the build output and production dependencies into app.asar', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const needed of ['/out/main/index.js', '/out/main/backend.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/kysely', '/node_modules/zod'])
      expect(files, needed).toContain(needed);
    expect(files.filter((f) => /^\/(electron|renderer|shared|test|scripts|src)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/node_modules/electron/') || f.startsWith('/node_modules/vite/') || f.startsWith('/node_modules/react/'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map') || /better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('out/main/index.js');
  });

  it('unpacks the native SQLite module, only the target binary', () => {
    const prebuilds = readdirSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds'));
    expect(prebuilds).toEqual(['linux-x64.node']);
  });

  it('keeps only the Chinese and English locales, and names the executable in ASCII', () => {
    expect(readdirSync(join(unpacked, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
    expect(existsSync(join(unpacked, 'jiaowu'))).toBe(true);
  });
});
