import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { sessionFilter } from '../../../shared/api/methods/crud.ts';
import type { Session } from '../../../shared/domain/types.ts';
import { notFound, StoreError } from '../errors.ts';
import type { StoreSchema } from '../store/schema.ts';
import type { Ctx } from './context.ts';

export const sessionToRow = (s: Session): StoreSchema['sessions'] => ({
  id: s.id,
  class_id: s.class,
  course_id: s.course,
  date: s.date,
  start_time: s.start,
  hours: s.hours,
  category: s.category,
  method: s.method,
  form: s.form,
});

/** A sessions row with its lecturers (in order) as the domain's Session. */
export const toSession = (r: StoreSchema['sessions'], lecturers: string[]): Session => ({
  id: r.id,
  class: r.class_id,
  course: r.course_id,
  date: r.date,
  start: r.start_time,
  hours: r.hours,
  category: r.category as Session['category'],
  method: r.method as Session['method'],
  form: r.form as Session['form'],
  lecturers,
});

async function withLecturers(db: Kysely<StoreSchema>, rows: StoreSchema['sessions'][]): Promise<Session[]> {
  const bySession = new Map<string, string[]>();
  if (rows.length > 0) {
    let q = db.selectFrom('session_lecturers').select(['session_id', 'faculty_id']).orderBy('session_id').orderBy('position');
    if (rows.length <= 500) q = q.where('session_id', 'in', rows.map((r) => r.id));
    for (const l of await q.execute())
      (bySession.get(l.session_id) ?? bySession.set(l.session_id, []).get(l.session_id)!).push(l.faculty_id);
  }
  return rows.map((r) => toSession(r, bySession.get(r.id) ?? []));
}

export async function listSessions(ctx: Ctx, f: z.output<typeof sessionFilter>) {
  let q = ctx.db.selectFrom('sessions');
  if (f.class) q = q.where('class_id', '=', f.class);
  if (f.semester) q = q.where('class_id', 'in', (eb) => eb.selectFrom('classes').select('id').where('semester_id', '=', f.semester!));
  if (f.course) q = q.where('course_id', '=', f.course);
  if (f.lecturer)
    q = q.where('id', 'in', (eb) => eb.selectFrom('session_lecturers').select('session_id').where('faculty_id', '=', f.lecturer!));
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.q) q = q.where('id', 'like', `%${f.q}%`);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .limit(f.limit ?? 10_000)
    .offset(f.offset ?? 0)
    .execute();
  return { rows: await withLecturers(ctx.db, rows), total };
}

export async function getSession(ctx: Ctx, id: string): Promise<Session> {
  const row = await ctx.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('课次', id);
  const [s] = await withLecturers(ctx.db, [row]);
  return s!;
}

async function checkRefs(db: Kysely<StoreSchema>, s: Session): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  if (!(await db.selectFrom('classes').select('id').where('id', '=', s.class).executeTakeFirst()))
    issues.push({ path: 'class', message: `所属班次“${s.class}”不存在` });
  if (!(await db.selectFrom('courses').select('id').where('id', '=', s.course).executeTakeFirst()))
    issues.push({ path: 'course', message: `课程“${s.course}”不存在` });
  if (s.lecturers.length > 0) {
    const found = new Set(
      (await db.selectFrom('faculty').select('id').where('id', 'in', s.lecturers).execute()).map((r) => r.id),
    );
    s.lecturers.forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: `lecturers[${i}]`, message: `授课教师“${id}”不在师资库中` });
    });
  }
  if (issues.length > 0) throw new StoreError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
}

async function writeLecturers(db: Kysely<StoreSchema>, s: Session): Promise<void> {
  await db.deleteFrom('session_lecturers').where('session_id', '=', s.id).execute();
  if (s.lecturers.length > 0)
    await db
      .insertInto('session_lecturers')
      .values(s.lecturers.map((faculty_id, position) => ({ session_id: s.id, faculty_id, position })))
      .execute();
}

export async function createSession(ctx: Ctx, s: Session): Promise<Session> {
  return ctx.db.transaction().execute(async (trx) => {
    await checkRefs(trx, s);
    if (await trx.selectFrom('sessions').select('id').where('id', '=', s.id).executeTakeFirst())
      throw new StoreError('CONFLICT', `课次编号“${s.id}”已存在`);
    await trx.insertInto('sessions').values(sessionToRow(s)).execute();
    await writeLecturers(trx, s);
    return s;
  });
}

export async function updateSession(ctx: Ctx, s: Session): Promise<Session> {
  return ctx.db.transaction().execute(async (trx) => {
    await checkRefs(trx, s);
    const { numUpdatedRows } = await trx.updateTable('sessions').set(sessionToRow(s)).where('id', '=', s.id).executeTakeFirst();
    if (numUpdatedRows === 0n) throw notFound('课次', s.id);
    await writeLecturers(trx, s);
    return s;
  });
}

export async function deleteSession(ctx: Ctx, id: string) {
  const { numDeletedRows } = await ctx.db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
  if (numDeletedRows === 0n) throw notFound('课次', id);
  return { id, deleted: true as const };
}
