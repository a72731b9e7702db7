// The trainee list a page at a time: filters, search and sort in SQL agree with the same work done on
// every row in memory (names and work units in pinyin order), pages tile the whole list, and the
// filters' values cover every trainee.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareOptionalNames } from '../../shared/domain/name-order.ts';
import type { Trainee } from '../../shared/domain/types.ts';
import { tempBackend } from '../helpers.ts';

const GROUPS = ['H1', 'H2', 'P1', null];
const UNITS = ['东城区卫健委', '西城区财政局', '市委组织部', null];
const SURNAMES = ['王', '李', '张', '刘', '陈'];

const trainees: Trainee[] = Array.from({ length: 230 }, (_, i) => ({
  id: `T${String((i * 37) % 230).padStart(4, '0')}`,
  name: `${SURNAMES[i % 5]}${'伟芳敏静丽'[(i >> 1) % 5]}`,
  group: GROUPS[i % 4]!,
  organization: UNITS[(i >> 2) % 4]!,
  exempt: i % 17 === 0,
}));

const byId = (a: Trainee, b: Trainee) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bytes = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : Buffer.compare(Buffer.from(x), Buffer.from(y)));
/** NULL first (as SQLite); names and work units by pinyin, group codes by their bytes; ties by id. */
const compare = (key: 'name' | 'group' | 'organization') => (a: Trainee, b: Trainee) =>
  (key === 'group' ? bytes(a[key], b[key]) : compareOptionalNames(a[key], b[key])) || byId(a, b);

describe('the trainee list, paged', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeAll(async () => {
    b = tempBackend();
    for (const t of trainees) await b.invoke('trainees.create', t);
  });
  afterAll(() => b.dispose());

  it('tiles every trainee in id order with offset and limit, and reports the total', async () => {
    const seen: Trainee[] = [];
    for (let offset = 0; offset < trainees.length; offset += 50) {
      const page = await b.invoke('trainees.list', { offset, limit: 50 });
      expect(page.total).toBe(trainees.length);
      seen.push(...page.rows);
    }
    expect(seen).toEqual([...trainees].sort(byId));
  });

  for (const key of ['name', 'group', 'organization'] as const)
    it(`sorts by ${key} (ties by id), both ways, across pages`, async () => {
      const expected = [...trainees].sort(compare(key));
      const asc = await b.invoke('trainees.list', { sort: key, offset: 40, limit: 60 });
      expect(asc.rows).toEqual(expected.slice(40, 100));
      const desc = await b.invoke('trainees.list', { sort: key, desc: true, offset: 0, limit: 30 });
      expect(desc.rows).toEqual([...expected].reverse().slice(0, 30));
    });

  it('pages names in pinyin order: 陈 < 李 < 刘 < 王 < 张, not by code point', async () => {
    const surnames = async (desc: boolean) => {
      const seen: string[] = [];
      for (let offset = 0; offset < trainees.length; offset += 50)
        for (const t of (await b.invoke('trainees.list', { sort: 'name', desc, offset, limit: 50 })).rows) if (seen.at(-1) !== t.name[0]) seen.push(t.name[0]!);
      return seen;
    };
    expect(await surnames(false)).toEqual(['陈', '李', '刘', '王', '张']);
    expect(await surnames(true)).toEqual(['张', '王', '刘', '李', '陈']);
    const units = await b.invoke('trainees.list', { sort: 'organization', offset: 0, limit: 1000 });
    expect([...new Set(units.rows.map((t) => t.organization))]).toEqual([null, '东城区卫健委', '市委组织部', '西城区财政局']);
  });

  it('keeps the order when a name changes or trainees come by import', async () => {
    const renamed = { ...trainees[0]!, name: '阿明' };
    await b.invoke('trainees.update', renamed);
    expect((await b.invoke('trainees.list', { sort: 'name', limit: 1 })).rows).toEqual([renamed]);
    await b.invoke('exchange.import', { document: { format: 'jiaowu-exchange', version: 1, trainees: [{ id: 'Z9', name: '安然', organization: '安徽省委党校' }] } });
    expect((await b.invoke('trainees.list', { sort: 'name', limit: 2 })).rows.map((t) => t.name)).toEqual(['阿明', '安然']);
    await b.invoke('trainees.delete', { id: 'Z9', cascade: true });
    await b.invoke('trainees.update', trainees[0]!);
  });

  it('filters by group and work unit and searches name, id and unit over every row', async () => {
    const p = await b.invoke('trainees.list', { group: 'H2', organization: '市委组织部', limit: 1000 });
    const expected = trainees.filter((t) => t.group === 'H2' && t.organization === '市委组织部').sort(byId);
    expect(p.rows).toEqual(expected);
    expect(p.total).toBe(expected.length);
    const search = await b.invoke('trainees.list', { q: '王伟', offset: 5, limit: 5 });
    const named = trainees.filter((t) => t.name.includes('王伟')).sort(byId);
    expect(search.total).toBe(named.length);
    expect(search.rows).toEqual(named.slice(5, 10));
    const unit = await b.invoke('trainees.list', { q: '财政', limit: 1000 });
    expect(unit.total).toBe(trainees.filter((t) => t.organization?.includes('财政')).length);
    expect((await b.invoke('trainees.list', { q: 'T0229' })).rows.map((t) => t.id)).toEqual(['T0229']);
  });

  it("offers every trainee's groups and work units to filter by, and their count", async () => {
    const facets = await b.invoke('trainees.facets', {});
    expect(facets.total).toBe(trainees.length);
    expect(facets.groups).toEqual(['H1', 'H2', 'P1']);
    expect(facets.organizations).toEqual(['东城区卫健委', '市委组织部', '西城区财政局']);
  });
});
