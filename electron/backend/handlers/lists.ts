// Handlers of what long lists need beyond their pages.
import type { listMethods } from '../../../shared/api/methods/lists.ts';
import { courseFacets } from '../services/courses.ts';
import { facultyFacets } from '../services/faculty.ts';
import { traineeFacets } from '../services/trainees.ts';
import type { HandlerMap } from './handler.ts';

export const listHandlers: HandlerMap<typeof listMethods> = {
  'trainees.facets': (ctx) => traineeFacets(ctx),
  'faculty.facets': (ctx) => facultyFacets(ctx),
  'courses.facets': (ctx) => courseFacets(ctx),
};
