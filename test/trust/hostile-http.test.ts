// Hostile requests at browser mode's HTTP transport: bodies that are not JSON, too large, wrong HTTP
// methods, unknown API methods, random payloads. Clear refusals; the server keeps serving.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.ts';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../electron/web/server.ts';
import { adminToken, readFixture, tempBackend } from '../helpers.ts';
import { storeDigest } from './digest.ts';

const backend = tempBackend();
let web: WebServer;
let session = '';
beforeAll(async () => {
  const ui = join(backend.dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>教务通</title>');
  web = await startWebServer(backend, { port: 0, uiRoot: ui });
  session = `jiaowu_session=${await adminToken(backend)}`;
  await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
});
afterAll(async () => {
  await web.close();
  await backend.dispose();
});

const post = (method: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${web.url}api/${encodeURIComponent(method)}`, { method: 'POST', body, headers: { 'content-type': 'application/json', cookie: session, ...headers } });

async function expectRefusal(r: Response, status: number, code: string): Promise<void> {
  expect(r.status).toBe(status);
  const body = (await r.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(body).toMatchObject({ ok: false, error: { code } });
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
}

describe('browser mode under hostile requests', () => {
  it('refuses a body that is not JSON', async () => {
    for (const body of ['{', 'undefined', '\u0000\u0001', '{"a":1}{', Buffer.from([0xff, 0xfe, 0x00]).toString()])
      await expectRefusal(await post('trainees.list', body), 400, 'VALIDATION');
  });

  it('refuses an oversized body before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${web.url}api/exchange.import`);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-length': String(MAX_BODY_BYTES + 1) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"document":');
    });
    expect(status).toBe(413);
  });

  it('refuses calls without a session, or with a forged one, except the sign-in methods', async () => {
    for (const cookie of ['', 'jiaowu_session=forged', 'jiaowu_session=', `jiaowu_session=${'a'.repeat(5000)}`])
      await expectRefusal(await post('trainees.list', '{}', { cookie }), 200, 'UNAUTHENTICATED');
    const status = (await (await post('auth.status', '{}', { cookie: '' })).json()) as { ok: boolean };
    expect(status.ok).toBe(true);
  });

  it('sets the session as an HttpOnly, SameSite=Strict cookie and keeps the token out of the page', async () => {
    const r = await post('auth.login', JSON.stringify({ username: 'admin', password: 'test-password-1' }), { cookie: '' });
    expect(r.headers.get('set-cookie')).toMatch(/^jiaowu_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\//);
    expect(await r.json()).not.toHaveProperty('value.token');
  });

  it('refuses other HTTP methods and unknown API methods', async () => {
    for (const verb of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const r = await fetch(`${web.url}api/trainees.list`, { method: verb });
      expect(r.status).toBe(405);
      await r.text();
    }
    for (const name of ['nope', 'trainees.drop', '__proto__', 'constructor', 'toString', '../../etc', 'x'.repeat(5000)])
      await expectRefusal(await post(name, '{}'), 200, 'UNKNOWN_METHOD');
  });

  it('answers random JSON at every method with a clear error or a valid answer, changing nothing when refused', async () => {
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), fc.jsonValue({ maxDepth: 6 }), async (method, payload) => {
        const before = storeDigest(backend.store.sqlite, method === 'auth.login');
        const r = await post(method, JSON.stringify(payload) ?? 'null');
        const body = (await r.json()) as { ok: boolean; error?: { code: string } };
        calls++;
        expect(r.status).toBe(200);
        if (!body.ok) {
          expect(body.error!.code).not.toBe('INTERNAL');
          expect(storeDigest(backend.store.sqlite, method === 'auth.login')).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
    expect(calls).toBe(200);
    // still serving (the random calls may have signed the session out)
    const alive = (await (await post('auth.status', '{}')).json()) as { ok: boolean };
    expect(alive.ok).toBe(true);
  });
});
