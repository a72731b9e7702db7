// 师资库 and 学员 through the UI: filters and search agree with the store, workload and leading cadres'
// statistics show the store's figures, a lecturer is created and edited, and the virtualized lists are
// keyboard navigable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { FormModal } from './pages/form.ts';
import { ListPage } from './pages/list.ts';
import { Shell } from './pages/shell.ts';

describe('faculty pool and trainees in the UI', () => {
  let app: App;
  let shell: Shell;

  beforeAll(async () => {
    app = await startApp();
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    await app.page.reload();
    shell = new Shell(app.page);
  });
  afterAll(() => app?.close());

  it('filters the faculty pool by type, department and search', async () => {
    await shell.open('师资库');
    const list = new ListPage(app.page, '师资库');
    const leaders = await app.backend.invoke('faculty.list', { type: 'leader' });
    await list.choose('类型', '领导干部');
    await list.countLine().filter({ hasText: `共 ${leaders.total} 条` }).waitFor();
    const org = leaders.rows[0]!.organization!;
    await list.choose('单位或部门', org);
    const both = await app.backend.invoke('faculty.list', { type: 'leader', organization: org });
    await list.countLine().filter({ hasText: `共 ${both.total} 条` }).waitFor();
    for (const f of both.rows) await list.row(f.name).waitFor();
    await list.clear('类型');
    await list.clear('单位或部门');
    await list.search('教授', '搜索姓名、单位、职务或编号');
    await list.countLine().filter({ hasText: `共 ${(await app.backend.invoke('faculty.list', { q: '教授' })).total} 条` }).waitFor();
    await list.search('', '搜索姓名、单位、职务或编号');
  });

  it('adds a lecturer with a tier and filters by tier', async () => {
    await app.page.getByRole('button', { name: '新增师资' }).click();
    const form = new FormModal(app.page);
    await form.fill('师资编号', 'F9001');
    await form.fill('姓名', '王明');
    await form.fill('职务或职称', '教授');
    await form.fill('所在单位或部门', '党史教研部');
    await form.fill('师资层次', '名师');
    await form.submitWithEnter('姓名');
    await form.dialog().waitFor({ state: 'detached' });
    expect(await app.backend.invoke('faculty.get', { id: 'F9001' })).toEqual({
      id: 'F9001',
      name: '王明',
      type: 'fulltime',
      title: '教授',
      organization: '党史教研部',
      tier: '名师',
    });
    const list = new ListPage(app.page, '师资库');
    await list.choose('层次', '名师');
    await list.countLine().filter({ hasText: '共 1 条' }).waitFor();
    await list.row('王明').waitFor();
    await list.clear('层次');
  });

  it("shows a lecturer's workload per semester as the store computes it", async () => {
    const list = new ListPage(app.page, '师资库');
    await list.row('杜萍').click();
    const workload = await app.backend.invoke('faculty.workload', { id: 'F0001' });
    const table = app.page.getByRole('table', { name: '各学期授课工作量' });
    for (const w of workload) {
      const row = table.getByRole('row').filter({ hasText: w.semesterName });
      expect(await row.textContent()).toContain(String(Math.round(w.hours * 100) / 100));
    }
  });

  it("shows leading cadres' share of main-class hours per semester", async () => {
    await shell.open('师资库');
    await app.page.getByRole('tab', { name: '领导干部授课统计' }).click();
    const stats = await app.backend.invoke('faculty.leaderStats', {});
    const latest = stats.at(-1)!;
    const share = `${((latest.leaderMainHours / latest.mainHours) * 100).toFixed(1)}%`;
    await app.page.getByRole('button', { name: new RegExp(latest.semesterName) }).filter({ hasText: share }).waitFor();
    await app.screenshot('faculty-leaders');
  });

  it('searches and filters trainees, and the rows answer the keyboard', async () => {
    await shell.open('学员');
    const list = new ListPage(app.page, '学员');
    const all = await app.backend.invoke('trainees.list', {});
    // exactly: 筛选出 1 名，共 40 名学员 ends the same way (the search answers after a pause in typing)
    const unfiltered = new RegExp(`^共 ${all.total} 名学员$`);
    await list.countLine().filter({ hasText: unfiltered }).waitFor();
    await list.choose('规则分组', 'P1');
    const p1 = all.rows.filter((t) => t.group === 'P1');
    await list.countLine().filter({ hasText: `筛选出 ${p1.length} 名` }).waitFor();
    await list.clear('规则分组');
    await app.page.getByPlaceholder('搜索姓名、编号或单位').fill('孔健');
    await list.countLine().filter({ hasText: '筛选出 1 名' }).waitFor();
    await app.page.getByPlaceholder('搜索姓名、编号或单位').fill('');
    await list.countLine().filter({ hasText: unfiltered }).waitFor();
    // Tab into the list, move down with the arrow key, open with Enter.
    await list.rows().first().focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 2, name: all.rows[1]!.name }).waitFor();
    const records = await app.backend.invoke('trainingRecords.list', { trainee: all.rows[1]!.id });
    await app.page.waitForFunction(
      (n) => document.querySelectorAll('table[aria-label="培训记录"] tbody tr').length === n,
      records.total,
    );
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
