import type { z } from 'zod';
import type { onlineCourseFilter } from '../../../shared/api/methods/crud.ts';
import type { OnlineCourse } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { like, type Ctx } from './context.ts';

async function withRevisions(ctx: Ctx, rows: StoreSchema['online_courses'][]): Promise<OnlineCourse[]> {
  const years = new Map<string, number[]>();
  if (rows.length > 0) {
    let q = ctx.db.selectFrom('online_course_revisions').select(['online_course_id', 'year']).orderBy('year');
    if (rows.length <= 500) q = q.where('online_course_id', 'in', rows.map((r) => r.id));
    for (const r of await q.execute())
      (years.get(r.online_course_id) ?? years.set(r.online_course_id, []).get(r.online_course_id)!).push(r.year);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    hours: r.hours,
    publishedYear: r.published_year,
    revisedYears: years.get(r.id) ?? [],
  }));
}

export async function listOnlineCourses(ctx: Ctx, f: z.output<typeof onlineCourseFilter>) {
  let q = ctx.db.selectFrom('online_courses');
  if (f.year !== undefined) {
    const y = f.year;
    q = q.where((eb) =>
      eb.or([
        eb('published_year', '=', y),
        eb.exists(
          eb.selectFrom('online_course_revisions').select('year').whereRef('online_course_id', '=', 'online_courses.id').where('year', '=', y),
        ),
      ]),
    );
  }
  if (f.q) q = q.where((eb) => eb.or([eb('title', 'like', like(f.q!)), eb('id', 'like', like(f.q!))]));
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('id').limit(f.limit ?? 1000).offset(f.offset ?? 0).execute();
  return { rows: await withRevisions(ctx, rows), total };
}

export async function getOnlineCourse(ctx: Ctx, id: string): Promise<OnlineCourse> {
  const row = await ctx.db.selectFrom('online_courses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('网络课程', id);
  const [c] = await withRevisions(ctx, [row]);
  return c!;
}

const toRow = (c: OnlineCourse): StoreSchema['online_courses'] => ({
  id: c.id,
  title: c.title,
  hours: c.hours,
  published_year: c.publishedYear,
});

async function save(ctx: Ctx, c: OnlineCourse, create: boolean): Promise<OnlineCourse> {
  return ctx.db.transaction().execute(async (trx) => {
    if (create) {
      if (await trx.selectFrom('online_courses').select('id').where('id', '=', c.id).executeTakeFirst())
        throw new StoreError('CONFLICT', `网络课程编号“${c.id}”已存在`);
      await trx.insertInto('online_courses').values(toRow(c)).execute();
    } else {
      const { numUpdatedRows } = await trx.updateTable('online_courses').set(toRow(c)).where('id', '=', c.id).executeTakeFirst();
      if (numUpdatedRows === 0n) throw notFound('网络课程', c.id);
    }
    await trx.deleteFrom('online_course_revisions').where('online_course_id', '=', c.id).execute();
    if (c.revisedYears.length > 0)
      await trx
        .insertInto('online_course_revisions')
        .values([...new Set(c.revisedYears)].map((year) => ({ online_course_id: c.id, year })))
        .execute();
    return c;
  });
}

export const createOnlineCourse = (ctx: Ctx, c: OnlineCourse) => save(ctx, c, true);
export const updateOnlineCourse = (ctx: Ctx, c: OnlineCourse) => save(ctx, c, false);

export async function deleteOnlineCourse(ctx: Ctx, id: string) {
  const { numDeletedRows } = await ctx.db.deleteFrom('online_courses').where('id', '=', id).executeTakeFirst();
  if (numDeletedRows === 0n) throw notFound('网络课程', id);
  return { id, deleted: true as const };
}
