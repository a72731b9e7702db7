// The first run on an empty store, and importing through 设置: the demo school loads through the ordinary
// import; the institution-profile path validates in Chinese; a rejected document lists every error path
// and leaves the store as it was; export hands over the whole store as a download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { SettingsPage } from './pages/settings.ts';
import { Shell } from './pages/shell.ts';

describe('first run and the exchange document', () => {
  let app: App;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(() => app?.close());

  it('loads the demo school from the welcome page', async () => {
    await app.page.getByRole('button', { name: '载入示范数据' }).click();
    await app.page.getByRole('heading', { level: 2, name: '学期规划' }).waitFor();
    await new Shell(app.page).institutionName().filter({ hasText: '某省委党校' }).waitFor();
    const counts = (await app.backend.invoke('app.info', {})).counts;
    const doc = JSON.parse(readFileSync(join(FIXTURES, 'provincial-small.json'), 'utf8')) as Record<string, unknown[]>;
    expect(counts.sessions).toBe(doc.sessions!.length);
    expect(counts.trainees).toBe(doc.trainees!.length);
    expect(app.pageErrors).toEqual([]);
  });

  it('starts with the institution profile, validating in Chinese', async () => {
    await app.page.getByRole('button', { name: '保存' }).click();
    expect(await app.page.getByText('请填写此项').count()).toBe(2);
    await app.page.getByLabel('院校名称').fill('某市委党校');
    await app.page.getByRole('combobox', { name: '层级' }).click();
    await app.page.getByRole('option', { name: '市级' }).click();
    await app.page.getByLabel('院校名称').press('Enter');
    await app.page.getByRole('heading', { level: 2, name: '学期规划' }).waitFor();
    await app.page.getByText('还没有学期').waitFor();
    expect(await app.backend.invoke('institution.get', {})).toEqual({ name: '某市委党校', level: 'municipal', kind: 'party_school' });
    await app.screenshot('planner-empty');
  });

  it('lists every error of a rejected document and changes nothing', async () => {
    await new Shell(app.page).open('设置');
    const settings = new SettingsPage(app.page);
    await settings.importFile(join(FIXTURES, 'invalid-sample.json'));
    expect(await settings.result().textContent()).toContain('导入被拒绝，数据未作任何改动');
    const shown = await settings.issueRows().locator('td:first-child').allTextContents();
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'invalid-sample.expected.json'), 'utf8')) as { mustReport: string[] };
    for (const path of expected.mustReport) expect(shown).toContain(path);
    expect(Object.values((await app.backend.invoke('app.info', {})).counts).every((n) => n === 0)).toBe(true);
    await app.screenshot('import-rejected');
  });

  it('says so when the file is not JSON', async () => {
    await new Shell(app.page).open('设置');
    const settings = new SettingsPage(app.page);
    await settings.importFile(join(import.meta.dirname, 'harness.ts'));
    expect(await settings.result().textContent()).toMatch(/“harness\.ts”不是有效的 JSON 文件/);
  });

  it('exports the store as a JSON download', async () => {
    await app.backend.invoke('exchange.import', { document: JSON.parse(readFileSync(join(FIXTURES, 'provincial-small.json'), 'utf8')) });
    await new Shell(app.page).open('设置');
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: '导出 JSON 文件' }).click();
    const file = await (await download).path();
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; sessions: unknown[] };
    expect(doc.format).toBe('jiaowu-exchange');
    expect(doc.sessions.length).toBe((await app.backend.invoke('app.info', {})).counts.sessions);
  });
});
