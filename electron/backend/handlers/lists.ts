// Handlers of what long lists need beyond their pages.
import type { listMethods } from '../../../shared/api/methods/lists.ts';
import { traineeFacets } from '../services/trainees.ts';
import type { HandlerMap } from './handler.ts';

export const listHandlers: HandlerMap<typeof listMethods> = {
  'trainees.facets': (ctx) => traineeFacets(ctx),
};
