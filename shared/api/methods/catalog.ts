// The course catalog and the faculty pool beyond plain CRUD: where a course is used, its substantial
// revisions with date and note, a lecturer's workload, leading cadres' teaching, and each semester's totals.
import { z } from 'zod';
import { courseRevisionSchema, idSchema, yearSchema } from '../../domain/schemas.ts';
import { command, query } from '../method.ts';

const byId = z.object({ id: idSchema });

export const courseUsageSchema = z.object({
  /** One row per calendar year (a semester's year) in which the course had a session. */
  years: z.array(z.object({ year: z.number(), sessions: z.number(), hours: z.number(), classes: z.number() })),
  classes: z.array(
    z.object({
      class: z.string(),
      className: z.string(),
      semester: z.string(),
      semesterName: z.string(),
      year: z.number(),
      isMain: z.boolean(),
      sessions: z.number(),
      hours: z.number(),
    }),
  ),
});

export const courseRevisionInput = z.object({ course: idSchema, ...courseRevisionSchema.shape });

/** A lecturer's share of a session's hours is hours / number of lecturers (counting rule 3). */
export const workloadRowSchema = z.object({
  semester: z.string(),
  semesterName: z.string(),
  year: z.number(),
  sessions: z.number(),
  hours: z.number(),
  classes: z.number(),
});

export const leaderStatsSchema = z.object({
  semester: z.string(),
  semesterName: z.string(),
  year: z.number(),
  /** Hours of all sessions of the semester's main classes. */
  mainHours: z.number(),
  /** Of those, the hours taught by leading cadres (their shares). */
  leaderMainHours: z.number(),
  /** Hours taught by leading cadres in every class of the semester. */
  leaderHours: z.number(),
  leaders: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      organization: z.string().nullable(),
      sessions: z.number(),
      hours: z.number(),
      mainHours: z.number(),
    }),
  ),
});

export const semesterSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  start: z.string(),
  end: z.string(),
  classes: z.number(),
  mainClasses: z.number(),
  partySpiritClasses: z.number(),
  sessions: z.number(),
  hours: z.number(),
  mainHours: z.number(),
  courses: z.number(),
  lecturers: z.number(),
});

export const catalogMethods = {
  'courses.usage': query(byId, courseUsageSchema),
  'courses.revisions': query(byId, z.array(courseRevisionSchema)),
  /** Records (or rewrites) the substantial revision of one year, with its date and note. */
  'courses.recordRevision': command(courseRevisionInput, courseRevisionSchema),
  'courses.removeRevision': command(
    z.object({ course: idSchema, year: yearSchema }),
    z.object({ course: z.string(), year: z.number(), removed: z.boolean() }),
  ),
  'faculty.workload': query(byId, z.array(workloadRowSchema)),
  'faculty.leaderStats': query(z.object({}), z.array(leaderStatsSchema)),
  'semesters.summary': query(z.object({}), z.array(semesterSummarySchema)),
};
