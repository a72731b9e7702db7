// The faculty pool, the course catalog and the classes, sorted by name in SQL: pinyin order both ways and
// across pages, the same as the collator gives in memory; and what their filters offer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNames, compareOptionalNames } from '../../shared/domain/name-order.ts';
import type { Course, Faculty, TrainingClass } from '../../shared/domain/types.ts';
import { tempBackend } from '../helpers.ts';

const SURNAMES = ['张', '李', '王', '赵', '欧阳', '陈'];
const faculty: Faculty[] = Array.from({ length: 60 }, (_, i) => ({
  id: `F${String((i * 7) % 60).padStart(3, '0')}`,
  name: `${SURNAMES[i % 6]}${'明华强'[i % 3]}`,
  type: 'fulltime',
  title: null,
  organization: [null, '党史教研部', '哲学教研部', '经济学教研部'][i % 4]!,
  tier: ['名师', '骨干', null][i % 3]!,
}));
const courses: Course[] = ['政治经济学', '党史专题', '哲学基础', '法治中国', '案例研讨', '中国式现代化'].map((title, i) => ({
  id: `C${i}`,
  title,
  category: null,
  method: null,
  form: null,
  firstOfferedYear: 2020 + (i % 3),
  revisedYears: i % 2 ? [2025] : [],
  isCase: false,
  retired: false,
}));
const classes: TrainingClass[] = ['中青年干部培训班', '县处级干部进修班', '乡镇党委书记培训班', '年轻干部培训班'].map((name, i) => ({
  id: `K${i}`,
  name,
  semester: 'S',
  isMain: true,
  isPartySpirit: false,
  start: `2026-0${4 - i}-01`,
  end: null,
  traineeCount: null,
}));

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('lists sorted by name in pinyin order', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeAll(async () => {
    b = tempBackend();
    await b.invoke('semesters.create', { id: 'S', name: '2026年春季学期', year: 2026, start: '2026-01-01', end: '2026-07-15' });
    for (const f of faculty) await b.invoke('faculty.create', f);
    for (const c of courses) await b.invoke('courses.create', c);
    for (const c of classes) await b.invoke('classes.create', c);
  });
  afterAll(() => b.dispose());

  it('pages the faculty pool by name and by department, both ways', async () => {
    const byName = [...faculty].sort((x, y) => compareNames(x.name, y.name) || byId(x, y));
    const pages = [];
    for (let offset = 0; offset < 60; offset += 25) pages.push(...(await b.invoke('faculty.list', { sort: 'name', offset, limit: 25 })).rows);
    expect(pages).toEqual(byName);
    expect([...new Set(pages.map((f) => f.name.slice(0, -1)))]).toEqual(['陈', '李', '欧阳', '王', '张', '赵']);
    expect((await b.invoke('faculty.list', { sort: 'name', desc: true, limit: 10 })).rows).toEqual([...byName].reverse().slice(0, 10));
    const byOrg = [...faculty].sort((x, y) => compareOptionalNames(x.organization, y.organization) || byId(x, y));
    expect((await b.invoke('faculty.list', { sort: 'organization', offset: 10, limit: 30 })).rows).toEqual(byOrg.slice(10, 40));
    // filters and search still apply, and the default stays by id
    const filtered = await b.invoke('faculty.list', { sort: 'name', organization: '哲学教研部', q: '明' });
    expect(filtered.rows).toEqual(byName.filter((f) => f.organization === '哲学教研部' && f.name.includes('明')));
    expect((await b.invoke('faculty.list', {})).rows).toEqual([...faculty].sort(byId));
  });

  it("offers the pool's departments and tiers in pinyin order", async () => {
    expect(await b.invoke('faculty.facets', {})).toEqual({ organizations: ['党史教研部', '经济学教研部', '哲学教研部'], tiers: ['骨干', '名师'] });
  });

  it('sorts courses by title in pinyin order, and by the year first offered', async () => {
    const titles = (await b.invoke('courses.list', { sort: 'title' })).rows.map((c) => c.title);
    expect(titles).toEqual(['案例研讨', '党史专题', '法治中国', '政治经济学', '哲学基础', '中国式现代化'].sort(compareNames));
    expect(titles[0]).toBe('案例研讨');
    const first = (await b.invoke('courses.list', { sort: 'first', desc: true })).rows.map((c) => c.id);
    expect(first).toEqual(['C5', 'C2', 'C4', 'C1', 'C3', 'C0']);
    expect(await b.invoke('courses.facets', {})).toEqual({ years: [2025, 2022, 2021, 2020] });
  });

  it('keeps a renamed course in its place', async () => {
    await b.invoke('courses.update', { ...courses[0]!, title: '阿拉伯文化概论' });
    expect((await b.invoke('courses.list', { sort: 'title', limit: 1 })).rows[0]!.id).toBe('C0');
    await b.invoke('courses.update', courses[0]!);
  });

  it('lists classes by start date by default, and by name in pinyin order', async () => {
    expect((await b.invoke('classes.list', {})).rows.map((c) => c.id)).toEqual(['K3', 'K2', 'K1', 'K0']);
    expect((await b.invoke('classes.list', { sort: 'name' })).rows.map((c) => c.name)).toEqual([
      '年轻干部培训班',
      '县处级干部进修班',
      '乡镇党委书记培训班',
      '中青年干部培训班',
    ]);
  });
});
