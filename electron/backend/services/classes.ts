import type { z } from 'zod';
import type { classFilter } from '../../../shared/api/methods/crud.ts';
import type { TrainingClass } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { flag, like, type Ctx } from './context.ts';
import { nameSortKey } from '../../../shared/domain/name-order.ts';

export type ClassRow = Omit<StoreSchema['classes'], 'is_main' | 'is_party_spirit'> & { is_main: number; is_party_spirit: number };

export const toClass = (r: Omit<ClassRow, 'name_key'>): TrainingClass => ({
  id: r.id,
  name: r.name,
  semester: r.semester_id,
  isMain: r.is_main === 1,
  isPartySpirit: r.is_party_spirit === 1,
  start: r.start_date,
  end: r.end_date,
  traineeCount: r.trainee_count,
});
export const classToRow = (c: TrainingClass): ClassRow => ({
  id: c.id,
  name: c.name,
  semester_id: c.semester,
  is_main: flag(c.isMain),
  is_party_spirit: flag(c.isPartySpirit),
  start_date: c.start,
  end_date: c.end,
  trainee_count: c.traineeCount,
  name_key: nameSortKey(c.name),
});
const COLUMNS = ['id', 'name', 'semester_id', 'is_main', 'is_party_spirit', 'start_date', 'end_date', 'trainee_count'] as const;

/** Names order by their pinyin sort key (store/sort-keys.ts); ties by the name, then by id. */
const SORT_COLUMNS = {
  start: ['start_date', 'id'],
  name: ['name_key', 'name', 'id'],
  id: ['id'],
} as const;

async function requireSemester(ctx: Ctx, id: string): Promise<void> {
  const s = await ctx.db.selectFrom('semesters').select('id').where('id', '=', id).executeTakeFirst();
  if (!s) throw new StoreError('VALIDATION', `所属学期“${id}”不存在`, [{ path: 'semester', message: `学期“${id}”不存在` }]);
}

export async function listClasses(ctx: Ctx, f: z.output<typeof classFilter>) {
  let q = ctx.db.selectFrom('classes');
  if (f.semester) q = q.where('semester_id', '=', f.semester);
  if (f.isMain !== undefined) q = q.where('is_main', '=', flag(f.isMain));
  if (f.isPartySpirit !== undefined) q = q.where('is_party_spirit', '=', flag(f.isPartySpirit));
  if (f.q) q = q.where((eb) => eb.or([eb('name', 'like', like(f.q!)), eb('id', 'like', like(f.q!))]));
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let ordered = q.select(COLUMNS);
  for (const column of SORT_COLUMNS[f.sort ?? 'start']) ordered = ordered.orderBy(column, f.desc ? 'desc' : 'asc');
  const rows = await ordered.limit(f.limit ?? 1000).offset(f.offset ?? 0).execute();
  return { rows: rows.map(toClass), total };
}

export async function getClass(ctx: Ctx, id: string): Promise<TrainingClass> {
  const row = await ctx.db.selectFrom('classes').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('班次', id);
  return toClass(row);
}

export async function createClass(ctx: Ctx, c: TrainingClass): Promise<TrainingClass> {
  await requireSemester(ctx, c.semester);
  const exists = await ctx.db.selectFrom('classes').select('id').where('id', '=', c.id).executeTakeFirst();
  if (exists) throw new StoreError('CONFLICT', `班次编号“${c.id}”已存在`);
  await ctx.db.insertInto('classes').values(classToRow(c)).execute();
  return c;
}

export async function updateClass(ctx: Ctx, c: TrainingClass): Promise<TrainingClass> {
  await requireSemester(ctx, c.semester);
  const { numUpdatedRows } = await ctx.db.updateTable('classes').set(classToRow(c)).where('id', '=', c.id).executeTakeFirst();
  if (numUpdatedRows === 0n) throw notFound('班次', c.id);
  return c;
}

/** Deleting a class with sessions needs `cascade`: the UI asks the user first. */
export async function deleteClass(ctx: Ctx, id: string, cascade: boolean) {
  await getClass(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('class_id', '=', id)
      .executeTakeFirstOrThrow();
    if (n > 0 && !cascade) throw new StoreError('IN_USE', `班次“${id}”还有 ${n} 个课次；确认后将连同课次一并删除`);
    await trx.deleteFrom('sessions').where('class_id', '=', id).execute();
    await trx.deleteFrom('classes').where('id', '=', id).execute();
    return { id, deleted: true as const };
  });
}
