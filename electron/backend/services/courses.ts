import type { z } from 'zod';
import type { courseFilter } from '../../../shared/api/methods/crud.ts';
import type { Course } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import { flag, like, type Ctx } from './context.ts';
import { nameSortKey } from '../../../shared/domain/name-order.ts';

type CourseRow = Omit<StoreSchema['courses'], 'is_case' | 'retired'> & { is_case: number; retired: number };

const toRow = (c: Course): CourseRow => ({
  id: c.id,
  title: c.title,
  category: c.category,
  method: c.method,
  form: c.form,
  first_offered_year: c.firstOfferedYear,
  is_case: flag(c.isCase),
  retired: flag(c.retired),
  title_key: nameSortKey(c.title),
});
const COLUMNS = ['id', 'title', 'category', 'method', 'form', 'first_offered_year', 'is_case', 'retired'] as const;

/** Titles order by their pinyin sort key (store/sort-keys.ts); ties by the title, then by id. */
const SORT_COLUMNS = {
  id: ['id'],
  title: ['title_key', 'title', 'id'],
  first: ['first_offered_year', 'id'],
} as const;

async function withRevisions(ctx: Ctx, rows: Omit<CourseRow, 'title_key'>[]): Promise<Course[]> {
  const years = new Map<string, number[]>();
  if (rows.length > 0) {
    let q = ctx.db.selectFrom('course_revisions').select(['course_id', 'year']).orderBy('year');
    // A short page asks for its own courses; a long one reads the whole (small) table at once.
    if (rows.length <= 500) q = q.where('course_id', 'in', rows.map((r) => r.id));
    const revs = await q.execute();
    for (const r of revs) (years.get(r.course_id) ?? years.set(r.course_id, []).get(r.course_id)!).push(r.year);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category as Course['category'],
    method: r.method as Course['method'],
    form: r.form as Course['form'],
    firstOfferedYear: r.first_offered_year,
    revisedYears: years.get(r.id) ?? [],
    isCase: r.is_case === 1,
    retired: r.retired === 1,
  }));
}

export async function listCourses(ctx: Ctx, f: z.output<typeof courseFilter>) {
  let q = ctx.db.selectFrom('courses');
  if (!f.includeRetired) q = q.where('retired', '=', 0);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.method) q = q.where('method', '=', f.method);
  if (f.isCase !== undefined) q = q.where('is_case', '=', flag(f.isCase));
  if (f.firstOfferedYear !== undefined) q = q.where('first_offered_year', '=', f.firstOfferedYear);
  if (f.revisedYear !== undefined) {
    const y = f.revisedYear;
    q = q.where((eb) =>
      eb.or([
        eb('first_offered_year', '=', y),
        eb.exists(eb.selectFrom('course_revisions').select('year').whereRef('course_id', '=', 'courses.id').where('year', '=', y)),
      ]),
    );
  }
  if (f.q) q = q.where((eb) => eb.or([eb('title', 'like', like(f.q!)), eb('id', 'like', like(f.q!))]));
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let ordered = q.select(COLUMNS);
  for (const column of SORT_COLUMNS[f.sort ?? 'id']) ordered = ordered.orderBy(column, f.desc ? 'desc' : 'asc');
  const rows = await ordered.limit(f.limit ?? 1000).offset(f.offset ?? 0).execute();
  return { rows: await withRevisions(ctx, rows), total };
}

/** Over the whole catalog: the years its courses were first offered or revised (newest first). */
export function courseFacets(ctx: Ctx) {
  const years = ctx.sqlite
    .prepare(`SELECT first_offered_year AS y FROM courses WHERE first_offered_year IS NOT NULL UNION SELECT year FROM course_revisions ORDER BY y DESC`)
    .pluck()
    .all() as number[];
  return { years };
}

export async function getCourse(ctx: Ctx, id: string): Promise<Course> {
  const row = await ctx.db.selectFrom('courses').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('课程', id);
  const [course] = await withRevisions(ctx, [row]);
  return course!;
}

async function writeRevisions(ctx: Ctx, c: Course): Promise<void> {
  // Keep the date and note of revisions that stay; drop the years no longer listed.
  const existing = await ctx.db.selectFrom('course_revisions').select('year').where('course_id', '=', c.id).execute();
  const keep = new Set(c.revisedYears);
  const gone = existing.map((r) => r.year).filter((y) => !keep.has(y));
  if (gone.length > 0) await ctx.db.deleteFrom('course_revisions').where('course_id', '=', c.id).where('year', 'in', gone).execute();
  const have = new Set(existing.map((r) => r.year));
  const added = c.revisedYears.filter((y) => !have.has(y));
  if (added.length > 0)
    await ctx.db
      .insertInto('course_revisions')
      .values(added.map((year) => ({ course_id: c.id, year, date: null, note: null })))
      .execute();
}

export async function createCourse(ctx: Ctx, c: Course): Promise<Course> {
  return ctx.db.transaction().execute(async (trx) => {
    const t = { ...ctx, db: trx };
    const exists = await trx.selectFrom('courses').select('id').where('id', '=', c.id).executeTakeFirst();
    if (exists) throw new StoreError('CONFLICT', `课程编号“${c.id}”已存在`);
    await trx.insertInto('courses').values(toRow(c)).execute();
    await writeRevisions(t, c);
    return getCourse(t, c.id);
  });
}

export async function updateCourse(ctx: Ctx, c: Course): Promise<Course> {
  return ctx.db.transaction().execute(async (trx) => {
    const t = { ...ctx, db: trx };
    const { numUpdatedRows } = await trx.updateTable('courses').set(toRow(c)).where('id', '=', c.id).executeTakeFirst();
    if (numUpdatedRows === 0n) throw notFound('课程', c.id);
    await writeRevisions(t, c);
    return getCourse(t, c.id);
  });
}

export async function deleteCourse(ctx: Ctx, id: string) {
  await getCourse(ctx, id);
  const { n } = await ctx.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('course_id', '=', id)
    .executeTakeFirstOrThrow();
  if (n > 0)
    throw new StoreError('IN_USE', `课程“${id}”已被 ${n} 个课次使用，不能删除（删除会改变历年的课程更新率）。如不再开设，请将其标记为停用。`);
  await ctx.db.deleteFrom('courses').where('id', '=', id).execute();
  return { id, deleted: true as const };
}
