import { cachedUntilChange } from '../store/data-cache.ts';
import { prepared } from '../store/statements.ts';
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

/**
 * How many records of each kind the store holds. Counting a million training records takes tens of
 * milliseconds and every screen asks (app.info), so the counts are kept until the data next changes.
 */
export function storeCounts(ctx: Ctx): Record<keyof typeof TABLES, number> {
  return cachedUntilChange(ctx.sqlite, 'storeCounts', () => {
    const counts = {} as Record<keyof typeof TABLES, number>;
    for (const [kind, table] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
      counts[kind] = prepared(ctx.sqlite, `SELECT count(*) FROM ${table}`).pluck().get() as number;
    }
    return counts;
  });
}
