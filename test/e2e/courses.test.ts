// 课程库 through the UI: filters agree with the store, create and edit with the keyboard, record a
// substantial revision, retire, refused deletion shows the backend's Chinese reason, undo of a delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { CoursesPage } from './pages/course.ts';
import { Shell } from './pages/shell.ts';

describe('course catalog in the UI', () => {
  let app: App;
  let shell: Shell;
  let courses: CoursesPage;

  const countLine = async (total: number) => courses.countLine().filter({ hasText: `共 ${total} 条` }).waitFor();

  beforeAll(async () => {
    app = await startApp();
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    await app.page.reload();
    shell = new Shell(app.page);
    courses = new CoursesPage(app.page);
    await shell.open('课程库');
  });
  afterAll(() => app?.close());

  it('filters by category, method, case and renewal year as the store does', async () => {
    await countLine((await app.backend.invoke('courses.list', {})).total);
    await courses.choose('类别', '党性教育');
    const partySpirit = await app.backend.invoke('courses.list', { category: 'party_spirit' });
    expect(partySpirit.total).toBeGreaterThan(0);
    await countLine(partySpirit.total);
    await courses.choose('教学方式', '案例式');
    await countLine((await app.backend.invoke('courses.list', { category: 'party_spirit', method: 'case' })).total);
    await courses.clear('类别');
    await courses.clear('教学方式');
    await countLine((await app.backend.invoke('courses.list', {})).total);
    await courses.segment('案例课程', '是');
    await countLine((await app.backend.invoke('courses.list', { isCase: true })).total);
    await courses.segment('案例课程', '全部');
    await courses.choose('当年新开或修订', '2026');
    const renewed = await app.backend.invoke('courses.list', { revisedYear: 2026 });
    await countLine(renewed.total);
    for (const c of renewed.rows.slice(0, 5)) await courses.row(c.id).waitFor();
    await app.screenshot('courses-filtered');
    await courses.clear('当年新开或修订');
  });

  it('searches by title', async () => {
    await courses.search('法治', '搜索课程名称或编号');
    const found = await app.backend.invoke('courses.list', { q: '法治' });
    await countLine(found.total);
    expect(await courses.rows().count()).toBe(found.total);
    await courses.search('', '搜索课程名称或编号');
  });

  it('creates a course with the keyboard and edits it', async () => {
    await courses.create({ id: 'C9001', title: '新时代党的建设案例研讨', category: '党性教育', method: '研讨式' });
    // A new course opens at once, ready for its details.
    await app.page.getByRole('heading', { name: '新时代党的建设案例研讨' }).waitFor();
    expect(await app.backend.invoke('courses.get', { id: 'C9001' })).toMatchObject({
      title: '新时代党的建设案例研讨',
      category: 'party_spirit',
      method: 'seminar',
      retired: false,
    });
    await courses.detailButton('编辑').click();
    await courses.form.fill('课程名称', '新时代党的建设案例研讨（修订版）');
    await courses.form.dialog().getByRole('switch', { name: '案例课程' }).click();
    await courses.form.save();
    await app.page.getByRole('heading', { name: '新时代党的建设案例研讨（修订版）' }).waitFor();
    expect(await app.backend.invoke('courses.get', { id: 'C9001' })).toMatchObject({ isCase: true });
  });

  it('records a substantial revision with date and note', async () => {
    await app.page.getByRole('button', { name: '记录重大修订' }).click();
    await courses.form.fill('修订年度', '2026');
    const date = courses.form.dialog().getByLabel('修订日期');
    await date.fill('2026-02-10');
    await date.blur();
    await courses.form.fill('修订说明', '新增两个地方案例');
    await courses.form.save();
    await app.page.getByRole('table', { name: '重大修订记录' }).getByText('新增两个地方案例').waitFor();
    expect(await app.backend.invoke('courses.revisions', { id: 'C9001' })).toEqual([{ year: 2026, date: '2026-02-10', note: '新增两个地方案例' }]);
    expect((await app.backend.invoke('courses.get', { id: 'C9001' })).revisedYears).toEqual([2026]);
  });

  it('retires and reinstates a course', async () => {
    await courses.detailButton('停用').click();
    await app.page.getByText('此课程已停用').waitFor();
    expect((await app.backend.invoke('courses.get', { id: 'C9001' })).retired).toBe(true);
    await courses.detailButton('恢复启用').click();
    await app.page.getByText('此课程已停用').waitFor({ state: 'detached' });
    expect((await app.backend.invoke('courses.get', { id: 'C9001' })).retired).toBe(false);
  });

  it('deletes an unused course after confirmation, and undo brings it back with its revision note', async () => {
    await courses.deleteOpenCourse();
    await app.page.getByRole('heading', { level: 2, name: '课程库' }).waitFor();
    expect((await app.backend.call('courses.get', { id: 'C9001' })).ok).toBe(false);
    await shell.undo();
    await courses.search('C9001', '搜索课程名称或编号');
    await courses.row('C9001').waitFor();
    expect(await app.backend.invoke('courses.revisions', { id: 'C9001' })).toEqual([{ year: 2026, date: '2026-02-10', note: '新增两个地方案例' }]);
  });

  it('shows the backend refusal when a used course is deleted', async () => {
    await courses.search('C0001', '搜索课程名称或编号');
    await courses.openCourse('C0001');
    await courses.deleteOpenCourse();
    const refusal = shell.notification('不能删除');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/课程“C0001”已被 \d+ 个课次使用，不能删除/);
    expect((await app.backend.call('courses.get', { id: 'C0001' })).ok).toBe(true);
    await app.page.getByRole('heading', { name: '开设情况' }).waitFor();
    await app.screenshot('course-delete-refused');
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
