// The indicator screens over the imported fixture: the dashboard shows the figures the CLI answers
// (provincial-small.expected.json), a figure drills down to its classes and sessions, and 课程更新,
// 学时达标 and 数据质量 show the same answers. Screenshots go to docs/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';

type Figure = { value?: number; status: string };
const expected = readFixture('provincial-small.expected.json') as unknown as {
  indicators: Record<string, Record<string, Figure>>;
  renewal: Record<string, Record<string, Figure>>;
  compliance: Record<string, { summary: { trainees: number; met: number } }>;
};
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const STATUS: Record<string, string> = { pass: '达标', fail: '未达标', no_data: '无数据', not_applicable: '不适用' };

describe('indicator screens', () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    // Let the first-run redirect of the empty store settle before the data arrives and pages are opened.
    await app.page.getByRole('heading', { name: '欢迎使用教务通' }).waitFor();
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    // A full load (not a hash change) so the shell reads the imported institution; home is then the planner.
    await app.page.goto(app.url);
    await app.page.waitForURL(/#\/planner$/);
  });
  afterAll(() => app?.close());

  const go = async (path: string) => {
    await app.page.goto(`${app.url}#${path}`);
  };

  for (const [semester, figures] of Object.entries(expected.indicators))
    it(`教学指标 shows ${semester}'s figures as the CLI answers them`, async () => {
      await go(`/indicators?semester=${semester}`);
      for (const [id, figure] of Object.entries(figures)) {
        const card = app.page.getByTestId(`indicator-${id}`);
        await card.getByText(STATUS[figure.status]!, { exact: true }).waitFor();
        const want = figure.value === undefined ? '—' : percent(figure.value);
        await app.page.getByTestId(`indicator-value-${id}`).filter({ hasText: new RegExp(`^${want.replace('.', '\\.')}$`) }).waitFor();
      }
      if (semester === '2026S') await app.screenshot('indicators-dashboard');
    });

  it('drills a failing figure down to its classes and to the sessions of a class', async () => {
    await go('/indicators?semester=2026S');
    const card = app.page.getByTestId('indicator-T4b');
    expect(await app.page.getByTestId('indicator-gap-T4b').textContent()).toMatch(/^还差 .+ 学时研讨式、模拟式、体验式或访谈式教学/);
    await card.getByRole('button', { name: '查看明细' }).click();
    const drawer = app.page.getByRole('dialog');
    await drawer.getByText('逐班明细（拉低比重最多的班次在前）').waitFor();
    await app.page.waitForTimeout(400); // the drawer's slide-in
    await app.screenshot('indicators-drilldown-classes');
    const first = drawer.locator('[data-testid^="breakdown-"]').first();
    const cells = await first.locator('td').allTextContents();
    await first.click();
    const summary = await drawer.getByTestId('drilldown-summary').textContent();
    // The class's sessions add up to the class's row: numerator and denominator hours.
    expect(summary).toContain(`计入分子 ${cells[1]} 学时，总学时 ${cells[2]} 学时`);
    await app.screenshot('indicators-drilldown-sessions');
    await app.page.keyboard.press('Escape');
  });

  it('shows the counting rules one click away', async () => {
    await go('/indicators?semester=2026S');
    await app.page.getByRole('button', { name: '计算口径' }).click();
    await app.page.getByRole('dialog').getByText(/多名教师共同授课的课次/).waitFor();
    await app.page.keyboard.press('Escape');
  });

  it('课程更新 shows R1 per year and R2 as the CLI answers them', async () => {
    await go('/renewal');
    const year = app.page.getByLabel('年份');
    await year.fill('2026');
    await year.blur();
    const r1 = expected.renewal['2026']!['R1']!;
    await app.page.getByTestId('indicator-value-R1').getByText(`年均 ${percent(r1.value!)}`).waitFor();
    expect(await app.page.getByTestId('indicator-value-R2').textContent()).toBe(`${expected.renewal['2026']!['R2']!.value} 学时`);
    await app.page.getByText('2025年：29.1%').waitFor();
    await app.screenshot('renewal');
  });

  it('学时达标 counts every trainee as the CLI does, filters, and opens a trainee’s checks', async () => {
    await go('/compliance');
    await app.page.getByLabel('截止日期').fill('2026-12-31');
    const { summary } = expected.compliance['2026-12-31']!;
    await app.page.getByTestId('compliance-summary').getByText(`共 ${summary.trainees} 名学员，达标 ${summary.met} 名`).waitFor();
    await app.page.getByLabel('只看未达标').check({ force: true });
    await app.page.getByTestId('compliance-summary').getByText(`共 ${summary.trainees - summary.met} 名学员，达标 0 名`).waitFor();
    await app.screenshot('compliance');
    await app.page.getByRole('row').filter({ hasText: 'T00002' }).click();
    await app.page.getByTestId('trainee-checks').getByText('5年集中学习培训').waitFor();
    await app.page.waitForTimeout(400); // the modal's fade-in
    await app.screenshot('compliance-trainee');
    await app.page.keyboard.press('Escape');
  });

  it('数据质量 lists every check that ran and links findings to their records', async () => {
    await go('/quality?semester=2026S');
    await app.page.getByTestId('quality-summary').getByText(/错误 \d+ 条，警告 \d+ 条，提示 \d+ 条/).waitFor();
    await app.page.getByText('教师同一时间重复排课').first().waitFor();
    await app.screenshot('quality');
    await app.page.getByRole('link', { name: /^班次 K000/ }).first().click();
    await app.page.getByRole('heading', { name: '课次安排' }).waitFor();
  });

  it('规则集: a lowered threshold saves as version 1 with its audit, and the dashboard follows', async () => {
    await go('/rules');
    await app.page.getByTestId('rule-set-current').getByText('当前：内置规则（未修改）').waitFor();
    const threshold = app.page.getByLabel('T4b 阈值');
    await threshold.fill('15');
    await threshold.blur();
    await app.page.getByLabel('修改人').fill('王教务');
    await app.page.getByLabel('修改说明').fill('按省委组织部通知调整');
    await app.page.getByRole('button', { name: '保存为新版本' }).click();
    await app.page.getByTestId('rule-set-current').getByText('当前：第 1 版').waitFor();
    await app.page.getByText(/第 1 版 · .* · 王教务 · 1 项修改/).waitFor();
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('rules');
    await go('/indicators?semester=2026S');
    await app.page.getByTestId('indicator-T4b').getByText('达标', { exact: true }).waitFor();
    await app.page.getByTestId('rule-set-version').getByText(/第 1 版/).waitFor();
  });

  it('规则集: a school’s own indicator added by the form is saved, computed and shown like the built-in ones', async () => {
    await go('/rules');
    await app.page.getByRole('button', { name: '新增本校指标' }).click();
    const dialog = app.page.getByRole('dialog', { name: '新增本校教学指标' });
    expect(await dialog.getByLabel('编号').inputValue()).toBe('X1');
    await dialog.getByRole('button', { name: '新增本校指标' }).click();
    await dialog.getByText('比例指标至少应限定一项计入条件').waitFor();
    await dialog.getByLabel('指标名称').fill('主体班次现场教学比重');
    await dialog.getByLabel('教学形式', { exact: true }).click();
    await app.page.getByRole('option', { name: '现场教学' }).click();
    await dialog.getByLabel('计入内容的说明').fill('现场教学');
    await dialog.getByLabel('阈值').fill('10');
    await dialog.getByLabel('依据').fill('校委会2026年第3次会议决定');
    await app.screenshot('rules-custom-indicator');
    await dialog.getByRole('button', { name: '新增本校指标' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.getByText('X1 主体班次现场教学比重').waitFor();
    const { version } = await app.backend.invoke('rules.get', {});
    await app.page.getByLabel('修改人').fill('王教务');
    await app.page.getByRole('button', { name: '保存为新版本' }).click();
    await app.page.getByTestId('rule-set-current').getByText(`当前：第 ${version + 1} 版`).waitFor();

    const answer = await app.backend.invoke('indicators.semester', { semester: '2026S' });
    const x1 = answer.indicators.find((i) => i.id === 'X1')!;
    expect(x1).toMatchObject({ threshold: 0.1 });
    await go('/indicators?semester=2026S');
    const card = app.page.getByTestId('indicator-X1');
    await card.getByText(STATUS[x1.status]!, { exact: true }).waitFor();
    expect(await card.getByTestId('indicator-value-X1').textContent()).toBe(percent(x1.value!));
    await card.getByText('本校规定——校委会2026年第3次会议决定').waitFor();
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
