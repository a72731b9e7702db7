// The trainee list over more trainees than one page: it reads the store a page at a time (never the whole
// list), jumps to the last row with End, and its search, filters and sort cover every trainee, as the
// store answers them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../shared/api/paging.ts';
import type { Trainee } from '../../shared/domain/types.ts';
import { readFixture } from '../helpers.ts';
import { startApp, type App } from './harness.ts';
import { ListPage } from './pages/list.ts';
import { Shell } from './pages/shell.ts';

const EXTRA = 5 * PAGE_SIZE + 37;
const GIVEN = '伟芳敏静丽强磊军洋勇';
const extra: Trainee[] = Array.from({ length: EXTRA }, (_, i) => ({
  id: `X${String(i).padStart(5, '0')}`,
  name: `${'赵钱孙李周吴郑王'[i % 8]}${GIVEN[(i >> 3) % 10]}${GIVEN[(i >> 6) % 10]}`,
  group: i % 3 === 0 ? 'P1' : 'H2',
  // one work unit only the last trainees have: a filter must find them on the last page
  organization: i >= EXTRA - 7 ? '远郊县档案馆' : '市直机关工委',
  exempt: false,
}));

describe('the trainee list, a page at a time', () => {
  let app: App;
  let list: ListPage;
  const asked: { offset?: number; limit?: number }[] = [];

  beforeAll(async () => {
    app = await startApp();
    const doc = readFixture('provincial-small.json') as { trainees: Trainee[] };
    await app.backend.invoke('exchange.import', { document: { ...doc, trainees: [...doc.trainees, ...extra] } });
    app.page.on('request', (r) => {
      if (r.url().endsWith('/api/trainees.list')) asked.push(r.postDataJSON() as { offset?: number; limit?: number });
    });
    await app.page.reload();
    await new Shell(app.page).open('学员');
    list = new ListPage(app.page, '学员');
  });
  afterAll(() => app?.close());

  it('shows the total and reads only the pages in view', async () => {
    const { total } = await app.backend.invoke('trainees.list', { limit: 1 });
    expect(total).toBeGreaterThan(EXTRA);
    await list.countLine().filter({ hasText: new RegExp(`^共 ${total.toLocaleString('zh-CN')} 名学员$`) }).waitFor();
    expect(await list.table().getAttribute('aria-rowcount')).toBe(String(total));
    expect(asked.length).toBeGreaterThan(0);
    for (const a of asked) expect(a.limit).toBe(PAGE_SIZE);
    expect(asked.some((a) => (a.offset ?? 0) >= 2 * PAGE_SIZE)).toBe(false);
  });

  it('jumps to the last trainee with End, reading the last page from the store', async () => {
    const { total } = await app.backend.invoke('trainees.list', { limit: 1 });
    const { rows } = await app.backend.invoke('trainees.list', { offset: total - 1, limit: 1 });
    await list.rows().first().focus();
    await app.page.keyboard.press('End');
    const last = list.table().locator(`[role="row"][aria-rowindex="${total}"]`);
    await last.filter({ hasText: rows[0]!.name }).waitFor();
    expect(await last.textContent()).toContain(rows[0]!.id);
    expect(asked.some((a) => a.offset === Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE)).toBe(true);
    await app.page.keyboard.press('Home');
    await list.table().locator('[role="row"][aria-rowindex="1"]:not([aria-busy])').waitFor();
  });

  it('sorts by a column in the store, both ways', async () => {
    const header = list.table().getByRole('columnheader', { name: '姓名' });
    await header.getByRole('button').click();
    await app.page.waitForFunction(() => document.querySelector('[role="columnheader"][aria-sort="ascending"]')?.textContent === '姓名');
    const asc = await app.backend.invoke('trainees.list', { sort: 'name', limit: 3 });
    for (const [i, t] of asc.rows.entries()) await list.table().locator(`[role="row"][aria-rowindex="${i + 1}"]`).filter({ hasText: t.id }).waitFor();
    await header.getByRole('button').click();
    const desc = await app.backend.invoke('trainees.list', { sort: 'name', desc: true, limit: 3 });
    for (const [i, t] of desc.rows.entries()) await list.table().locator(`[role="row"][aria-rowindex="${i + 1}"]`).filter({ hasText: t.id }).waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(app.page.url()).toContain('sort=-name');
    await list.table().getByRole('columnheader', { name: '编号' }).getByRole('button').click();
    await app.page.waitForFunction(() => !location.hash.includes('sort='));
  });

  it('searches and filters over every trainee, not only the pages read', async () => {
    const target = extra[EXTRA - 20]!;
    await list.search(target.id, '搜索姓名、编号或单位');
    await list.countLine().filter({ hasText: /^筛选出 1 名/ }).waitFor();
    await list.row(target.name).filter({ hasText: target.id }).waitFor();
    await list.search('', '搜索姓名、编号或单位');
    await list.choose('工作单位', '远郊县档案馆');
    await list.countLine().filter({ hasText: /^筛选出 7 名/ }).waitFor();
    for (const t of extra.slice(-7)) await list.row(t.id).waitFor();
    // Enter opens the trainee under the keyboard focus
    await list.rows().first().focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 2, name: extra[EXTRA - 7]!.name }).waitFor();
  });

  it('reported no page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
