// Every main screen over the imported fixture: it opens, shows the fixture's data in Chinese, and is saved
// as a screenshot for docs/screenshots (look at them after a UI change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCUMENT, startApp, type App } from './harness.ts';
import { Shell } from './pages/shell.ts';
import { SettingsPage } from './pages/settings.ts';

describe('main screens', () => {
  let app: App;
  let shell: Shell;

  beforeAll(async () => {
    app = await startApp();
    shell = new Shell(app.page);
  });
  afterAll(() => app?.close());

  it('offers the demo school or the institution profile on an empty store', async () => {
    await app.page.getByRole('heading', { name: '欢迎使用教务通' }).waitFor();
    expect(await app.page.getByRole('button', { name: '载入示范数据' }).isVisible()).toBe(true);
    await app.screenshot('welcome');
  });

  it('imports the fixture through 设置 and lists every count', async () => {
    await shell.open('设置');
    const settings = new SettingsPage(app.page);
    await settings.importFile(DEMO_DOCUMENT);
    expect(await settings.result().textContent()).toContain('导入完成');
    await shell.institutionName().filter({ hasText: '某省委党校' }).waitFor();
    await settings.storeCounts().filter({ hasText: '495' }).waitFor();
    await app.screenshot('settings');
  });

  for (const [label, name, expected] of [
    ['学期规划', 'planner', '2026年秋季学期'],
    ['班次', 'classes', '第1期科级干部培训班'],
    ['课程库', 'courses', '习近平新时代中国特色社会主义思想概论'],
    ['师资库', 'faculty', '杜萍'],
    ['学员', 'trainees', '孔健'],
    ['教学指标', 'indicators', '计算口径'],
    ['报表', 'reports', '2025年春季学期'],
  ] as const) {
    it(`opens ${label}`, async () => {
      await shell.open(label);
      await app.page.getByRole('main').getByText(expected).first().waitFor();
      await app.screenshot(name);
    });
  }

  it('opens the detail screens', async () => {
    await shell.open('班次');
    await app.page.getByRole('row').filter({ hasText: '第1期科级干部培训班' }).click();
    await app.page.getByRole('heading', { name: '课次安排' }).waitFor();
    await app.screenshot('class-detail');
    await shell.open('课程库');
    await app.page.getByRole('row').filter({ hasText: 'C0001' }).click();
    await app.page.getByRole('heading', { name: '开设情况' }).waitFor();
    await app.screenshot('course-detail');
    await shell.open('师资库');
    await app.page.getByRole('row').filter({ hasText: '杜萍' }).click();
    await app.page.getByRole('heading', { name: '各学期授课工作量' }).waitFor();
    await app.screenshot('faculty-detail');
    await shell.open('学员');
    await app.page.getByRole('row').filter({ hasText: '孔健' }).click();
    await app.page.getByRole('heading', { name: '培训记录' }).waitFor();
    await app.screenshot('trainee-detail');
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
