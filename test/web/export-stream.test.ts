// Browser mode streams the whole-store export from a worker thread: the text it sends is the same
// document the in-process export answers, other calls are served while a long export is under way,
// and a client that goes away stops it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_SCHOOL } from '../../bench/dataset.ts';
import { writeDataset } from '../../bench/generate.ts';
import { startWebServer, type WebServer } from '../../electron/web/server.ts';
import { adminToken, readFixture, tempBackend } from '../helpers.ts';

let token = '';
const post = (web: WebServer, method: string, input: unknown) =>
  fetch(`${web.url}api/${method}`, {
    method: 'POST',
    body: JSON.stringify(input),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });

describe('streamed export in browser mode', () => {
  const backend = tempBackend();
  let web: WebServer;

  beforeAll(async () => {
    const ui = join(backend.dir, 'ui');
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>教务通</title>');
    web = await startWebServer(backend, { port: 0, uiRoot: ui });
    token = await adminToken(backend);
  });
  afterAll(async () => {
    await web.close();
    await backend.dispose();
  });

  it('sends the same document as the in-process export', async () => {
    await backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    const answer = (await (await post(web, 'exchange.export', {})).json()) as { ok: boolean; value: unknown };
    expect(answer.ok).toBe(true);
    expect(answer.value).toEqual(await backend.invoke('exchange.export', {}));
  });

  it('answers other calls while a large export is still streaming', async () => {
    const doc = join(backend.dir, 'school.json');
    writeDataset({ ...LARGE_SCHOOL, years: 2, classesPerYear: 20, sessionsPerClass: 20, lecturers: 100, trainees: 2000, records: 40_000 }, doc);
    await backend.invoke('exchange.import', { document: JSON.parse(readFileSync(doc, 'utf8')) });
    const res = await post(web, 'exchange.export', {});
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The export has begun and is not finished: another call is answered in between.
    const info = (await (await post(web, 'app.info', {})).json()) as { ok: boolean; value: { counts: { trainingRecords: number } } };
    expect(info.value.counts.trainingRecords).toBeGreaterThanOrEqual(40_000);
    let text = new TextDecoder().decode(first.value);
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
    const exported = JSON.parse(text) as { value: { trainingRecords: unknown[] } };
    expect(exported.value.trainingRecords.length).toBeGreaterThanOrEqual(40_000);
  });

  it('stops for a client that goes away, and the next export is whole', async () => {
    const gone = new AbortController();
    const res = await fetch(`${web.url}api/exchange.export`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      signal: gone.signal,
    });
    const first = await res.body!.getReader().read();
    expect(first.done).toBe(false);
    gone.abort();
    const whole = (await (await post(web, 'exchange.export', {})).json()) as { ok: boolean; value: { trainingRecords: unknown[] } };
    expect(whole.ok).toBe(true);
    expect(whole.value.trainingRecords.length).toBeGreaterThanOrEqual(40_000);
  });
});
