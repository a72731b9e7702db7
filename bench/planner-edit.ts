// Micro benchmark (not a test): what the planner recomputes on every edit, as the renderer does it: apply
// the edit to the sessions, the semester's live indicators (engine with drill-down detail, and R1) and
// the conflicts, with fixes for the 60 the list shows. Target (issue 4): the panel updates within 100 ms of an edit.
// Run: node bench/planner-edit.ts [sessions]
import { detectConflicts, fixesFor, sessionsByDate } from '../shared/domain/planner/conflicts.ts';
import { applyEdit } from '../shared/domain/planner/edits.ts';
import { liveIndicators } from '../shared/domain/planner/live-indicators.ts';
import { DEFAULT_TIMETABLE_SETTINGS } from '../shared/domain/planner/slots.ts';
import { builtinRuleSet } from '../shared/domain/rules/builtin.ts';
import type { Session } from '../shared/domain/types.ts';
import { semesterData } from './indicators.ts';

/** Median and 95th percentile milliseconds of one edit's recomputation over a semester of `sessions`. */
export function benchPlannerEdit(sessions = 4_000, runs = 40): { median: number; p95: number } {
  const data = semesterData(sessions);
  const snapshot = {
    institution: data.institution,
    semester: data.semesters[0]!,
    classes: data.classes,
    courses: data.courses,
    faculty: data.faculty,
    sessions: data.sessions,
    otherSessions: [],
    otherClasses: [],
    renewal: { semesters: [], offered: [] },
  };
  const ruleSet = builtinRuleSet();
  let current: Session[] = data.sessions;
  const step = (i: number) => {
    const s = current[i % current.length]!;
    current = applyEdit(current, { kind: 'update', before: s, after: { ...s, method: s.method === 'case' ? 'lecture' : 'case' } });
    liveIndicators(snapshot, current, ruleSet);
    // As the page does: every conflict, and the fixes of the ones its list shows (60).
    const input = { ...snapshot, sessions: current };
    const conflicts = detectConflicts(DEFAULT_TIMETABLE_SETTINGS, input, { fixes: false });
    const dates = sessionsByDate(input);
    for (const c of conflicts.slice(0, 60)) fixesFor(DEFAULT_TIMETABLE_SETTINGS, input, c, dates);
  };
  for (let i = 0; i < 5; i++) step(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    step(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

if (import.meta.main) {
  const sessions = Number(process.argv[2] ?? 4_000);
  const { median, p95 } = benchPlannerEdit(sessions);
  console.log(`学期规划每次修改的重算（${sessions} 个课次）：中位数 ${median.toFixed(1)} ms，95% ${p95.toFixed(1)} ms（目标 < 100 ms）`);
}
