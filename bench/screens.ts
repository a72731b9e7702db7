// Where the benchmark finds the screens it times in Chromium (the renderer uses a hash router):
// the planner's timetable of the largest class, and the trainee list showing every trainee.
import type { Screens } from './browser.ts';

export function screensFor(semester: string, klass: string, trainees: number): Screens {
  const list = `[role="table"][aria-rowcount="${trainees}"]`;
  return {
    timetable: { route: `#/planner/${encodeURIComponent(semester)}?class=${encodeURIComponent(klass)}`, ready: '[data-testid="session-card"]' },
    // a row of the first page read, not a placeholder
    traineeList: { route: '#/trainees', ready: `${list} [role="row"][data-index]:not([aria-busy])`, scroller: `${list} > div:nth-child(2)` },
  };
}
