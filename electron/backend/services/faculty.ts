import type { z } from 'zod';
import type { facultyFilter } from '../../../shared/api/methods/crud.ts';
import type { Faculty } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { like, type Ctx } from './context.ts';
import { compareNames, nameSortKey, optionalNameSortKey } from '../../../shared/domain/name-order.ts';

type FacultyRow = StoreSchema['faculty'];
const COLUMNS = ['id', 'name', 'type', 'title', 'organization', 'tier'] as const;

const toFaculty = (r: Omit<FacultyRow, 'name_key' | 'organization_key'>): Faculty => ({ ...r, type: r.type as Faculty['type'] });
const toRow = (f: Faculty): FacultyRow => ({
  id: f.id,
  name: f.name,
  type: f.type,
  title: f.title,
  organization: f.organization,
  tier: f.tier,
  name_key: nameSortKey(f.name),
  organization_key: optionalNameSortKey(f.organization),
});

/** Names and departments order by their pinyin sort keys (store/sort-keys.ts); ties by the text, then by id. */
const SORT_COLUMNS = {
  id: ['id'],
  name: ['name_key', 'name', 'id'],
  organization: ['organization_key', 'organization', 'id'],
} as const;

export async function listFaculty(ctx: Ctx, f: z.output<typeof facultyFilter>) {
  let q = ctx.db.selectFrom('faculty');
  if (f.type) q = q.where('type', '=', f.type);
  if (f.organization) q = q.where('organization', '=', f.organization);
  if (f.tier) q = q.where('tier', '=', f.tier);
  if (f.q) {
    const p = like(f.q);
    q = q.where((eb) => eb.or([eb('name', 'like', p), eb('id', 'like', p), eb('organization', 'like', p), eb('title', 'like', p)]));
  }
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let ordered = q.select(COLUMNS);
  for (const column of SORT_COLUMNS[f.sort ?? 'id']) ordered = ordered.orderBy(column, f.desc ? 'desc' : 'asc');
  const rows = await ordered.limit(f.limit ?? 1000).offset(f.offset ?? 0).execute();
  return { rows: rows.map(toFaculty), total };
}

/** What the faculty list's filters offer, over the whole pool: departments and tiers in pinyin order. */
export function facultyFacets(ctx: Ctx) {
  const distinct = (column: string) =>
    (ctx.sqlite.prepare(`SELECT DISTINCT ${column} FROM faculty WHERE ${column} IS NOT NULL AND ${column} <> ''`).pluck().all() as string[]).sort(compareNames);
  return { organizations: distinct('organization'), tiers: distinct('tier') };
}

export async function getFaculty(ctx: Ctx, id: string): Promise<Faculty> {
  const row = await ctx.db.selectFrom('faculty').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('师资', id);
  return toFaculty(row);
}

export async function createFaculty(ctx: Ctx, f: Faculty): Promise<Faculty> {
  const exists = await ctx.db.selectFrom('faculty').select('id').where('id', '=', f.id).executeTakeFirst();
  if (exists) throw new StoreError('CONFLICT', `师资编号“${f.id}”已存在`);
  await ctx.db.insertInto('faculty').values(toRow(f)).execute();
  return f;
}

export async function updateFaculty(ctx: Ctx, f: Faculty): Promise<Faculty> {
  const { numUpdatedRows } = await ctx.db.updateTable('faculty').set(toRow(f)).where('id', '=', f.id).executeTakeFirst();
  if (numUpdatedRows === 0n) throw notFound('师资', f.id);
  return f;
}

export async function deleteFaculty(ctx: Ctx, id: string) {
  await getFaculty(ctx, id);
  const { n } = await ctx.db
    .selectFrom('session_lecturers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('faculty_id', '=', id)
    .executeTakeFirstOrThrow();
  if (n > 0) throw new StoreError('IN_USE', `“${id}”在 ${n} 个课次中担任授课教师，不能删除；请先在这些课次中更换教师`);
  await ctx.db.deleteFrom('faculty').where('id', '=', id).execute();
  return { id, deleted: true as const };
}
