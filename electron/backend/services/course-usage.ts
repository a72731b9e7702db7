// Where a course is used (by year and by class) and its substantial revisions (重大修订) with date and note.
import type { z } from 'zod';
import type { courseRevisionInput, courseUsageSchema } from '../../../shared/api/methods/catalog.ts';
import type { CourseRevision } from '../../../shared/domain/types.ts';
import type { Ctx } from './context.ts';
import { getCourse } from './courses.ts';

export async function courseUsage(ctx: Ctx, id: string): Promise<z.input<typeof courseUsageSchema>> {
  await getCourse(ctx, id);
  const years = ctx.sqlite
    .prepare(
      `SELECT se.year AS year, count(*) AS sessions, total(s.hours) AS hours, count(DISTINCT s.class_id) AS classes
       FROM sessions s JOIN classes c ON c.id = s.class_id JOIN semesters se ON se.id = c.semester_id
       WHERE s.course_id = ? GROUP BY se.year ORDER BY se.year`,
    )
    .all(id) as { year: number; sessions: number; hours: number; classes: number }[];
  const classes = ctx.sqlite
    .prepare(
      `SELECT c.id AS class, c.name AS className, se.id AS semester, se.name AS semesterName, se.year AS year,
              c.is_main AS isMain, count(*) AS sessions, total(s.hours) AS hours
       FROM sessions s JOIN classes c ON c.id = s.class_id JOIN semesters se ON se.id = c.semester_id
       WHERE s.course_id = ? GROUP BY c.id ORDER BY se.start_date, c.start_date, c.id`,
    )
    .all(id) as { class: string; className: string; semester: string; semesterName: string; year: number; isMain: number; sessions: number; hours: number }[];
  return { years, classes: classes.map((c) => ({ ...c, isMain: c.isMain === 1 })) };
}

export async function courseRevisions(ctx: Ctx, id: string): Promise<CourseRevision[]> {
  await getCourse(ctx, id);
  return ctx.db.selectFrom('course_revisions').select(['year', 'date', 'note']).where('course_id', '=', id).orderBy('year').execute();
}

/** One revision per course and year: recording a year again rewrites its date and note. */
export async function recordRevision(ctx: Ctx, r: z.output<typeof courseRevisionInput>): Promise<CourseRevision> {
  await getCourse(ctx, r.course);
  await ctx.db
    .insertInto('course_revisions')
    .values({ course_id: r.course, year: r.year, date: r.date, note: r.note })
    .onConflict((oc) => oc.columns(['course_id', 'year']).doUpdateSet({ date: r.date, note: r.note }))
    .execute();
  return { year: r.year, date: r.date, note: r.note };
}

export async function removeRevision(ctx: Ctx, course: string, year: number) {
  await getCourse(ctx, course);
  const { numDeletedRows } = await ctx.db
    .deleteFrom('course_revisions')
    .where('course_id', '=', course)
    .where('year', '=', year)
    .executeTakeFirst();
  return { course, year, removed: numDeletedRows > 0n };
}
