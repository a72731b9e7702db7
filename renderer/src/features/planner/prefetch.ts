// What the planner reads first, for the app to ask for at start (app/start-reads.ts): the same methods
// and inputs as PlannerPage's and usePlanner's calls, or the answers go unused.
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { api } from '../../api/client.ts';

export function prefetchPlanner(params: { semesterId?: string }): void {
  if (!params.semesterId) return;
  api.prefetch('planner.load', { semester: params.semesterId });
  api.prefetch('semesters.list', { limit: MAX_PAGE });
}
