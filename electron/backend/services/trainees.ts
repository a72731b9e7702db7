import type { z } from 'zod';
import type { traineeFilter } from '../../../shared/api/methods/crud.ts';
import type { Trainee } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { flag, like, type Ctx } from './context.ts';
import { compareOptionalNames, nameSortKey, optionalNameSortKey } from '../../../shared/domain/name-order.ts';

type TraineeRow = Omit<StoreSchema['trainees'], 'exempt'> & { exempt: number };

const toTrainee = (r: Omit<TraineeRow, 'name_key' | 'organization_key'>): Trainee => ({
  id: r.id,
  name: r.name,
  group: r.group_id,
  organization: r.organization,
  exempt: r.exempt === 1,
});
const toRow = (t: Trainee): TraineeRow => ({
  id: t.id,
  name: t.name,
  group_id: t.group,
  organization: t.organization,
  exempt: flag(t.exempt),
  name_key: nameSortKey(t.name),
  organization_key: optionalNameSortKey(t.organization),
});

/** Names and work units order by their pinyin sort keys (store/sort-keys.ts); ties by the text, then by id. */
const SORT_COLUMNS = {
  id: ['id'],
  name: ['name_key', 'name', 'id'],
  group: ['group_id', 'id'],
  organization: ['organization_key', 'organization', 'id'],
} as const;

/** One page of the trainees matching the filters, in the order asked for, and how many match. */
export async function listTrainees(ctx: Ctx, f: z.output<typeof traineeFilter>) {
  let q = ctx.db.selectFrom('trainees');
  if (f.group) q = q.where('group_id', '=', f.group);
  if (f.organization) q = q.where('organization', '=', f.organization);
  if (f.q) {
    const p = like(f.q);
    q = q.where((eb) => eb.or([eb('name', 'like', p), eb('id', 'like', p), eb('organization', 'like', p)]));
  }
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const direction = f.desc ? 'desc' : 'asc';
  let ordered = q.select(['id', 'name', 'group_id', 'organization', 'exempt']);
  for (const column of SORT_COLUMNS[f.sort ?? 'id']) ordered = ordered.orderBy(column, direction);
  const rows = await ordered.limit(f.limit ?? 1000).offset(f.offset ?? 0).execute();
  return { rows: rows.map(toTrainee), total };
}

/** What the trainee list's filters offer, over every trainee: groups by code, work units in pinyin order. */
export function traineeFacets(ctx: Ctx) {
  const distinct = (column: string) =>
    ctx.sqlite.prepare(`SELECT DISTINCT ${column} FROM trainees WHERE ${column} IS NOT NULL ORDER BY ${column}`).pluck().all() as string[];
  const total = ctx.sqlite.prepare('SELECT count(*) FROM trainees').pluck().get() as number;
  return { total, groups: distinct('group_id'), organizations: distinct('organization').sort(compareOptionalNames) };
}

export async function getTrainee(ctx: Ctx, id: string): Promise<Trainee> {
  const row = await ctx.db.selectFrom('trainees').select(['id', 'name', 'group_id', 'organization', 'exempt']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('学员', id);
  return toTrainee(row);
}

export async function createTrainee(ctx: Ctx, t: Trainee): Promise<Trainee> {
  if (await ctx.db.selectFrom('trainees').select('id').where('id', '=', t.id).executeTakeFirst())
    throw new StoreError('CONFLICT', `学员编号“${t.id}”已存在`);
  await ctx.db.insertInto('trainees').values(toRow(t)).execute();
  return t;
}

export async function updateTrainee(ctx: Ctx, t: Trainee): Promise<Trainee> {
  const { numUpdatedRows } = await ctx.db.updateTable('trainees').set(toRow(t)).where('id', '=', t.id).executeTakeFirst();
  if (numUpdatedRows === 0n) throw notFound('学员', t.id);
  return t;
}

/** A trainee's training records go with them (they are personal data of that trainee). */
export async function deleteTrainee(ctx: Ctx, id: string, cascade: boolean) {
  await getTrainee(ctx, id);
  const { n } = await ctx.db
    .selectFrom('training_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('trainee_id', '=', id)
    .executeTakeFirstOrThrow();
  if (n > 0 && !cascade) throw new StoreError('IN_USE', `学员“${id}”有 ${n} 条培训记录；确认后将连同培训记录一并删除`);
  await ctx.db.deleteFrom('trainees').where('id', '=', id).execute();
  return { id, deleted: true as const };
}
