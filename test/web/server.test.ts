// Browser mode's HTTP transport: the same contract over POST /api/<method>, on 127.0.0.1 only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/server.ts';
import { adminToken, readFixture, tempBackend } from '../helpers.ts';

describe('browser mode server', () => {
  const backend = tempBackend();
  let web: WebServer;
  let cookie = '';
  const ui = join(backend.dir, 'ui');

  beforeAll(async () => {
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>教务通</title>');
    web = await startWebServer(backend, { port: 0, uiRoot: ui });
    cookie = `jiaowu_session=${await adminToken(backend)}`;
  });
  afterAll(async () => {
    await web.close();
    await backend.dispose();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field below
  const json = async (r: Response): Promise<any> => r.json();
  const post = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${web.url}api/${method}`, { method: 'POST', body, headers: { 'content-type': 'application/json', cookie, ...headers } });

  it('listens on 127.0.0.1 only', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = web.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('answers contract calls with ApiResult', async () => {
    const imported = await json(await post('exchange.import', JSON.stringify({ document: readFixture('provincial-small.json') })));
    expect(imported.ok).toBe(true);
    const list = await json(await post('classes.list', JSON.stringify({ semester: '2026S' })));
    expect(list.ok).toBe(true);
    expect(list.value.total).toBeGreaterThan(0);
  });

  it('answers validation errors in Chinese naming the field', async () => {
    const r = await json(await post('semesters.create', JSON.stringify({ id: 'X', name: '学期', year: 2026, start: '2026-13-01', end: '2026-07-01' })));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/start/);
    expect(r.error.message).toMatch(/有效日期/);
  });

  it('refuses unknown methods, GET on the API, bodies that are not JSON, and other origins', async () => {
    expect((await json(await post('nope.nothing', '{}'))).error.code).toBe('UNKNOWN_METHOD');
    expect((await fetch(`${web.url}api/classes.list`)).status).toBe(405);
    expect((await post('classes.list', '{not json')).status).toBe(400);
    expect((await post('classes.list', '{}', { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('serves the UI with a content security policy and never files outside it', async () => {
    const page = await fetch(`${web.url}semesters/2026S`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await page.text()).toMatch(/教务通/);
    const escape = await fetch(`${web.url}..%2f..%2fpackage.json`);
    expect(await escape.text()).not.toMatch(/"name"/);
  });
});
