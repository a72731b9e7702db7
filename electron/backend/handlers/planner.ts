// Handlers of the semester planner.
import type { plannerMethods } from '../../../shared/api/methods/planner.ts';
import { applyPlan } from '../services/planner-apply.ts';
import { loadSnapshot, prepareCopy } from '../services/planner.ts';
import type { HandlerMap } from './handler.ts';

export const plannerHandlers: HandlerMap<typeof plannerMethods> = {
  'planner.load': (ctx, { semester }) => loadSnapshot(ctx, semester),
  'planner.apply': (ctx, input) => applyPlan(ctx, input),
  'planner.copyClass': (ctx, { source, target }) => prepareCopy(ctx, source, target),
};
