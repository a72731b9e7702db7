// Export jobs: started, polled, fetched or cancelled through the backend as the transports call it,
// the report made in a worker thread from the real store, each job visible only to who started it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportProgress } from '../../shared/api/methods/reports.ts';
import { readFixture, TEST_ADMIN, tempBackend } from '../helpers.ts';

const backend = tempBackend();
const as = (token: string) => ({ token });
let admin = '';
let evaluator = '';

beforeAll(async () => {
  await backend.ready;
  admin = ((await backend.call('auth.setup', TEST_ADMIN, {})) as { value: { token: string } }).value.token;
  await backend.call('users.create', { username: 'eval', displayName: '评估员乙', role: 'evaluator', password: 'eval-password' }, as(admin));
  evaluator = ((await backend.call('auth.login', { username: 'eval', password: 'eval-password' }, {})) as { value: { token: string } }).value.token;
  await backend.call('exchange.import', { document: readFixture('provincial-small.json') }, as(admin));
});
afterAll(() => backend.dispose());

async function call<T>(method: string, input: unknown, token: string): Promise<T> {
  const result = await backend.call(method, input, as(token));
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Polls until the job ends, keeping every distinct progress seen. */
async function follow(job: string, token: string): Promise<ReportProgress[]> {
  const seen: ReportProgress[] = [];
  for (;;) {
    const p = await call<ReportProgress>('reports.progress', { job }, token);
    if (JSON.stringify(p) !== JSON.stringify(seen.at(-1))) seen.push(p);
    if (p.state !== 'running') return seen;
    await new Promise((resume) => setTimeout(resume, 20));
  }
}

describe('export jobs', () => {
  it('an evaluator exports a semester report: progress moves forward to 100 and the file is the workbook', async () => {
    const started = await call<ReportProgress>('reports.start', { request: { kind: 'semester', semester: '2026A' }, format: 'xlsx' }, evaluator);
    expect(started).toMatchObject({ state: 'running', stage: 'queued', percent: 0 });
    // The backend answers other calls while the worker makes the report.
    const info = await backend.call('app.info', {}, as(evaluator));
    expect(info.ok).toBe(true);
    expect((await call<ReportProgress>('reports.progress', { job: started.job }, evaluator)).state).toBe('running');

    const seen = await follow(started.job, evaluator);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', stage: 'done', percent: 100 });
    expect(last.fileName).toMatch(/学期教学指标统计表.*\.xlsx$/);
    const percents = seen.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    const file = await call<{ fileName: string; bytes: number; base64: string }>('reports.result', { job: started.job }, evaluator);
    expect(file.fileName).toBe(last.fileName);
    expect(file.bytes).toBe(last.bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(workbook.worksheets.map((s) => s.name)).toContain('指标总览');
    const direct = await backend.invoke('reports.export', { request: { kind: 'semester', semester: '2026A' }, format: 'xlsx' });
    const same = new ExcelJS.Workbook();
    await same.xlsx.load(Buffer.from(direct.base64!, 'base64') as never);
    expect(workbook.getWorksheet('指标总览')!.getSheetValues()).toEqual(same.getWorksheet('指标总览')!.getSheetValues());
  });

  it('reports the stages of the work it did', async () => {
    const started = await call<ReportProgress>('reports.start', { request: { kind: 'compliance', asOf: '2026-06-30' }, format: 'docx' }, admin);
    const seen = await follow(started.job, admin);
    expect(seen.at(-1)!.state).toBe('done');
    // Polling may miss a quick stage, never reorder them.
    const order = ['queued', 'collect', 'tables', 'write', 'done'];
    const stages = seen.map((p) => order.indexOf(p.stage));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });

  it('cancels a running job: it ends at once and has no file', async () => {
    const started = await call<ReportProgress>('reports.start', { request: { kind: 'renewal', year: 2026 }, format: 'pdf' }, admin);
    const cancelled = await call<ReportProgress>('reports.cancel', { job: started.job }, admin);
    expect(cancelled.state).toBe('cancelled');
    expect((await call<ReportProgress>('reports.progress', { job: started.job }, admin)).state).toBe('cancelled');
    expect(await backend.call('reports.result', { job: started.job }, as(admin))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '报表已取消，没有文件' } });
  });

  it('a job is only visible to the user who started it', async () => {
    const started = await call<ReportProgress>('reports.start', { request: { kind: 'faculty', semester: '2026S' }, format: 'xlsx' }, evaluator);
    for (const method of ['reports.progress', 'reports.result', 'reports.cancel'])
      expect(await backend.call(method, { job: started.job }, as(admin))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await follow(started.job, evaluator)).at(-1)!.state).toBe('done');
  });

  it('refuses a missing semester when the export starts, and an unknown job', async () => {
    expect(await backend.call('reports.start', { request: { kind: 'semester', semester: '1999X' }, format: 'xlsx' }, as(admin))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '学期“1999X”不存在' },
    });
    expect(await backend.call('reports.progress', { job: '00000000-0000-4000-8000-000000000000' }, as(admin))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call('reports.result', { job: 'nope' }, as(admin))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
