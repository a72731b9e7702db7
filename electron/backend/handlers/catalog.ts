// Handlers of the course catalog and faculty pool methods beyond CRUD.
import type { catalogMethods } from '../../../shared/api/methods/catalog.ts';
import * as usage from '../services/course-usage.ts';
import * as workload from '../services/faculty-workload.ts';
import { semesterSummary } from '../services/semester-summary.ts';
import type { HandlerMap } from './handler.ts';

export const catalogHandlers: HandlerMap<typeof catalogMethods> = {
  'courses.usage': (ctx, { id }) => usage.courseUsage(ctx, id),
  'courses.revisions': (ctx, { id }) => usage.courseRevisions(ctx, id),
  'courses.recordRevision': (ctx, r) => usage.recordRevision(ctx, r),
  'courses.removeRevision': (ctx, { course, year }) => usage.removeRevision(ctx, course, year),
  'faculty.workload': (ctx, { id }) => workload.facultyWorkload(ctx, id),
  'faculty.leaderStats': (ctx) => workload.leaderStats(ctx),
  'semesters.summary': (ctx) => semesterSummary(ctx),
};
