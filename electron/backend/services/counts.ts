import type { Ctx } from './context.ts';

const TABLES = {
  semesters: 'semesters',
  faculty: 'faculty',
  courses: 'courses',
  classes: 'classes',
  sessions: 'sessions',
  onlineCourses: 'online_courses',
  trainees: 'trainees',
  trainingRecords: 'training_records',
} as const;

/** How many records of each kind the store holds. */
export function storeCounts(ctx: Ctx): Record<keyof typeof TABLES, number> {
  const counts = {} as Record<keyof typeof TABLES, number>;
  for (const [kind, table] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
    counts[kind] = ctx.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
  return counts;
}
