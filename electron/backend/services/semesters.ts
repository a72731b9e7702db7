import type { z } from 'zod';
import type { semesterFilter } from '../../../shared/api/methods/crud.ts';
import type { Semester } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { like, type Ctx } from './context.ts';

const toSemester = (r: StoreSchema['semesters']): Semester => ({
  id: r.id,
  name: r.name,
  year: r.year,
  start: r.start_date,
  end: r.end_date,
});
const toRow = (s: Semester): StoreSchema['semesters'] => ({
  id: s.id,
  name: s.name,
  year: s.year,
  start_date: s.start,
  end_date: s.end,
});

export async function listSemesters(ctx: Ctx, f: z.output<typeof semesterFilter>) {
  let q = ctx.db.selectFrom('semesters');
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.q) q = q.where((eb) => eb.or([eb('name', 'like', like(f.q!)), eb('id', 'like', like(f.q!))]));
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('start_date', 'desc')
    .limit(f.limit ?? 1000)
    .offset(f.offset ?? 0)
    .execute();
  return { rows: rows.map(toSemester), total };
}

export async function getSemester(ctx: Ctx, id: string): Promise<Semester> {
  const row = await ctx.db.selectFrom('semesters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('学期', id);
  return toSemester(row);
}

export async function createSemester(ctx: Ctx, s: Semester): Promise<Semester> {
  const exists = await ctx.db.selectFrom('semesters').select('id').where('id', '=', s.id).executeTakeFirst();
  if (exists) throw new StoreError('CONFLICT', `学期编号“${s.id}”已存在`);
  await ctx.db.insertInto('semesters').values(toRow(s)).execute();
  return s;
}

export async function updateSemester(ctx: Ctx, s: Semester): Promise<Semester> {
  const { numUpdatedRows } = await ctx.db.updateTable('semesters').set(toRow(s)).where('id', '=', s.id).executeTakeFirst();
  if (numUpdatedRows === 0n) throw notFound('学期', s.id);
  return s;
}

export async function deleteSemester(ctx: Ctx, id: string) {
  await getSemester(ctx, id);
  const { n } = await ctx.db
    .selectFrom('classes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('semester_id', '=', id)
    .executeTakeFirstOrThrow();
  if (n > 0) throw new StoreError('IN_USE', `学期“${id}”下还有 ${n} 个班次，请先删除或移走这些班次`);
  await ctx.db.deleteFrom('semesters').where('id', '=', id).execute();
  return { id, deleted: true as const };
}
