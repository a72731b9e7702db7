// The semester planner's reads: the planning snapshot and a prepared class copy.
import { MAX_PAGE } from '../../../shared/api/methods/crud.ts';
import type { z } from 'zod';
import type { planningSnapshotSchema } from '../../../shared/api/methods/planner.ts';
import { copyClass, type CopyClassResult } from '../../../shared/domain/planner/copy-class.ts';
import { newSessionId } from '../../../shared/domain/planner/ids.ts';
import { getClass } from './classes.ts';
import { listCourses } from './courses.ts';
import type { Ctx } from './context.ts';
import { loadQualityData } from './indicator-data.ts';
import { currentRuleSet } from './rule-sets.ts';
import { getSemester, listSemesters } from './semesters.ts';
import { listSessions } from './sessions.ts';

type Snapshot = z.output<typeof planningSnapshotSchema>;

/** Distinct courses of main classes per semester, for the renewal rate (口径 5). */
function mainCourses(ctx: Ctx, maxYear: number, exceptSemester: string): { semester: string; year: number; courses: string[] }[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT DISTINCT c.semester_id AS semester, m.year AS year, s.course_id AS course
         FROM sessions s JOIN classes c ON c.id = s.class_id JOIN semesters m ON m.id = c.semester_id
        WHERE c.is_main = 1 AND m.year <= ? AND c.semester_id <> ?
        ORDER BY c.semester_id, s.course_id`,
    )
    .all(maxYear, exceptSemester) as { semester: string; year: number; course: string }[];
  const bySemester = new Map<string, { semester: string; year: number; courses: string[] }>();
  for (const r of rows) {
    const entry = bySemester.get(r.semester) ?? { semester: r.semester, year: r.year, courses: [] };
    entry.courses.push(r.course);
    bySemester.set(r.semester, entry);
  }
  return [...bySemester.values()];
}

export async function loadSnapshot(ctx: Ctx, semesterId: string): Promise<Snapshot> {
  // The same records the data-quality checks read, so the planner's conflicts match the reports'.
  const data = loadQualityData(ctx, semesterId);
  const semester = data.semesters[0]!;
  const [courses, semesters] = await Promise.all([
    listCourses(ctx, { includeRetired: true, limit: MAX_PAGE }),
    listSemesters(ctx, { limit: MAX_PAGE }),
  ]);
  return {
    institution: data.institution,
    semester,
    classes: data.classes,
    sessions: data.sessions,
    courses: courses.rows,
    faculty: data.faculty,
    otherSessions: data.otherSessions,
    otherClasses: data.otherClasses,
    ruleSet: currentRuleSet(ctx).ruleSet,
    renewal: {
      semesters: semesters.rows.filter((s) => s.id !== semesterId && s.year <= semester.year),
      offered: mainCourses(ctx, semester.year, semesterId),
    },
  };
}

export async function prepareCopy(ctx: Ctx, sourceId: string, targetId: string): Promise<CopyClassResult> {
  const [source, target] = await Promise.all([getClass(ctx, sourceId), getClass(ctx, targetId)]);
  const [sourceSemester, targetSemester] = await Promise.all([getSemester(ctx, source.semester), getSemester(ctx, target.semester)]);
  const [sessions, courses] = await Promise.all([
    listSessions(ctx, { class: sourceId, limit: MAX_PAGE }),
    listCourses(ctx, { includeRetired: true, limit: MAX_PAGE }),
  ]);
  const offered = ctx.sqlite
    .prepare(
      `SELECT DISTINCT s.course_id AS course FROM sessions s JOIN classes c ON c.id = s.class_id
         JOIN semesters m ON m.id = c.semester_id WHERE c.is_main = 1 AND m.year = ? AND c.id <> ?`,
    )
    .all(targetSemester.year, targetId) as { course: string }[];
  return copyClass({
    source,
    sourceSessions: sessions.rows,
    target,
    targetYear: targetSemester.year,
    targetSemesterStart: targetSemester.start,
    sourceSemesterStart: sourceSemester.start,
    courses: courses.rows,
    offeredInYear: new Set(offered.map((r) => r.course)),
    newId: () => newSessionId(),
  });
}
