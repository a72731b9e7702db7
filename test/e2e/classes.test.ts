// 班次 through the UI: filters agree with the store; create a class, reload, and it is still listed
// (issue 2's acceptance check); the detail lists the class's sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { FormModal } from './pages/form.ts';
import { ListPage } from './pages/list.ts';
import { Shell } from './pages/shell.ts';

describe('classes in the UI', () => {
  let app: App;
  let shell: Shell;
  let list: ListPage;

  // The list is read a page at a time: the count line says how many match.
  const rowCount = (n: number) => list.countLine().filter({ hasText: new RegExp(`^共 ${n} 条$`) }).waitFor();

  beforeAll(async () => {
    app = await startApp();
    await app.backend.invoke('exchange.import', { document: readFixture('provincial-small.json') });
    await app.page.reload();
    shell = new Shell(app.page);
    list = new ListPage(app.page, '班次');
    await shell.open('班次');
  });
  afterAll(() => app?.close());

  it('filters by semester, main and party-spirit flags, and search', async () => {
    await rowCount((await app.backend.invoke('classes.list', {})).total);
    await list.choose('学期', '2026年秋季学期');
    await rowCount((await app.backend.invoke('classes.list', { semester: '2026A' })).total);
    await list.segment('主体班次', '否');
    const nonMain = await app.backend.invoke('classes.list', { semester: '2026A', isMain: false });
    await rowCount(nonMain.total);
    await list.clear('学期');
    await list.segment('主体班次', '全部');
    await list.segment('党性教育', '是');
    const party = await app.backend.invoke('classes.list', { isPartySpirit: true });
    expect(party.total).toBeGreaterThan(0);
    await rowCount(party.total);
    for (const c of party.rows) await list.row(c.name).waitFor();
    await list.segment('党性教育', '全部');
    await list.search('乡镇', '搜索班次名称或编号');
    await rowCount((await app.backend.invoke('classes.list', { q: '乡镇' })).total);
    await list.search('没有这个班次', '搜索班次名称或编号');
    await list.emptyState().getByText('没有符合条件的班次').waitFor();
    await list.search('', '搜索班次名称或编号');
    await rowCount((await app.backend.invoke('classes.list', {})).total);
  });

  it('creates a class that is still listed after a reload', async () => {
    await app.page.getByRole('button', { name: '新建班次' }).click();
    const form = new FormModal(app.page);
    await form.fill('班次编号', 'K90001');
    await form.fill('班次名称', '第99期中青年干部培训班');
    await form.dialog().getByRole('combobox', { name: '所属学期' }).click();
    await app.page.getByRole('option', { name: '2026年秋季学期' }).click();
    await form.dialog().getByRole('switch', { name: /主体班次/ }).click();
    await form.fill('学员人数', '58');
    await form.submitWithEnter('班次名称');
    await list.row('第99期中青年干部培训班').waitFor();
    await app.page.reload();
    await list.row('第99期中青年干部培训班').waitFor();
    expect(await app.backend.invoke('classes.get', { id: 'K90001' })).toMatchObject({
      semester: '2026A',
      isMain: true,
      isPartySpirit: false,
      traineeCount: 58,
    });
  });

  it('asks before leaving the page with a half-filled form', async () => {
    await app.page.getByRole('button', { name: '新建班次' }).click();
    const form = new FormModal(app.page);
    await form.fill('班次名称', '尚未保存的班次');
    await app.page.evaluate(() => history.back());
    await app.page.getByRole('alertdialog').getByText('有未保存的修改').waitFor();
    await app.page.getByRole('button', { name: '继续编辑' }).click();
    expect(await form.dialog().getByLabel('班次名称').inputValue()).toBe('尚未保存的班次');
    await app.page.evaluate(() => history.back());
    await app.page.getByRole('button', { name: '放弃修改' }).click();
    await form.dialog().waitFor({ state: 'detached' });
    await app.page.goto(`${app.url}#/classes`);
    await list.row('第1期科级干部培训班').waitFor();
  });

  it("opens a class with Enter and lists its sessions", async () => {
    await list.row('第1期科级干部培训班').focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { name: '课次安排' }).waitFor();
    const sessions = await app.backend.invoke('sessions.list', { class: 'K00001' });
    await app.page.waitForFunction(
      (n) => document.querySelectorAll('table[aria-label="课次安排"] tbody tr').length === n,
      sessions.total,
    );
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
