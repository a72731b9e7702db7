// The semester planner: one call loads everything a semester's timetables and live indicators need, one
// call writes a draft's changes all or nothing, and one prepares a class's timetable copied from another.
import { z } from 'zod';
import {
  classSchema,
  courseSchema,
  facultySchema,
  idSchema,
  institutionSchema,
  semesterSchema,
  sessionSchema,
  yearSchema,
} from '../../domain/schemas.ts';
import { ruleSetSchema } from '../../domain/rules/schema.ts';
import { command, query } from '../method.ts';

/** Sessions are checked field by field in the handler, so that each error names the session it is about. */
const sessionInput = z.looseObject({ id: idSchema });
const MAX_BATCH = 20_000;

export const planningSnapshotSchema = z.object({
  institution: institutionSchema.nullable(),
  semester: semesterSchema,
  classes: z.array(classSchema),
  sessions: z.array(sessionSchema),
  courses: z.array(courseSchema),
  faculty: z.array(facultySchema),
  /** Sessions of other semesters dated within this one (a lecturer may be booked twice across them), with their classes. */
  otherSessions: z.array(sessionSchema),
  otherClasses: z.array(classSchema),
  /** The school's current rule set: the renderer's engine computes the same figures as the reports. */
  ruleSet: ruleSetSchema,
  /**
   * The renewal rate (R1) of the semester's year depends on which courses main classes offered in every
   * plan year: for each other semester up to this one's year, the distinct courses of its main classes.
   */
  renewal: z.object({
    semesters: z.array(semesterSchema),
    offered: z.array(z.object({ semester: idSchema, year: yearSchema, courses: z.array(idSchema) })),
  }),
});

export const renewalFlagSchema = z.object({ course: idSchema, title: z.string(), reason: z.string() });

export const plannerMethods = {
  'planner.load': query(z.object({ semester: idSchema }), planningSnapshotSchema),
  'planner.apply': command(
    z.object({
      semester: idSchema,
      creates: z.array(sessionInput).max(MAX_BATCH).default([]),
      updates: z.array(sessionInput).max(MAX_BATCH).default([]),
      deletes: z.array(idSchema).max(MAX_BATCH).default([]),
    }),
    z.object({ created: z.number(), updated: z.number(), deleted: z.number() }),
  ),
  /** Prepares the copy; the planner adds it to its draft, where it is edited, undone or saved like any edit. */
  'planner.copyClass': query(
    z.object({ source: idSchema, target: idSchema }),
    z.object({ sessions: z.array(sessionSchema), renewalFlags: z.array(renewalFlagSchema), shiftDays: z.number() }),
  ),
};
