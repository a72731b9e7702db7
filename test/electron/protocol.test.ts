// The app:// responses, served from a real folder with Node's Response, as Electron's protocol.handle uses them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../electron/main/protocol-response.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/csp.ts';
import { tempDir } from '../helpers.ts';

const { dir, cleanup } = tempDir();
const root = join(dir, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>教务通</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
afterAll(cleanup);

const get = (url: string, method = 'GET') => appProtocolResponse(root, { url, method });

describe('app:// protocol responses', () => {
  it('serves files with their type and the CSP', async () => {
    const index = await get('app://jiaowu/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('教务通');
    const script = await get('app://jiaowu/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves the app for client-side routes and 404 for missing assets', async () => {
    const route = await get('app://jiaowu/classes/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('教务通');
    const missing = await get('app://jiaowu/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://jiaowu/..%2fsecret.txt', 'app://jiaowu/assets/..%2f..%2fsecret.txt', 'app://jiaowu/%2e%2e/secret.txt', 'app://jiaowu/..%5csecret.txt']) {
      const response = await get(url);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
  });

  it('refuses other hosts and methods that write', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://jiaowu/index.html', 'POST')).status).toBe(405);
    const head = await get('app://jiaowu/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
