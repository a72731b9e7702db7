// Micro benchmark (not a test): one semester's teaching indicators over 10,000 generated sessions,
// index built from plain records each run, as the backend and the renderer do. Target: well under 50 ms.
// Run: node bench/indicators.ts [sessions]
import { CATEGORIES, FACULTY_TYPES, FORMS, METHODS } from '../shared/domain/enums.ts';
import { computeSemester, indexTeaching } from '../shared/domain/indicators/engine.ts';
import type { TeachingData } from '../shared/domain/indicators/types.ts';
import { builtinRuleSet } from '../shared/domain/rules/builtin.ts';
import type { Session } from '../shared/domain/types.ts';
import { createRng } from './prng.ts';

/** One semester of a large school: 200 classes, 400 courses, 500 lecturers, `sessions` sessions. */
export function semesterData(sessions: number, seed = 7): TeachingData {
  const rng = createRng(seed);
  const maybe = <T>(items: readonly T[]): T | null => (rng.chance(0.5) ? rng.pick(items) : null);
  const classes = Array.from({ length: 200 }, (_, i) => ({
    id: `K${i}`, name: `第${i}期培训班`, semester: 'S', isMain: rng.chance(0.7), isPartySpirit: rng.chance(0.2),
    start: '2026-03-02', end: '2026-06-30', traineeCount: 50,
  }));
  const courses = Array.from({ length: 400 }, (_, i) => ({
    id: `C${i}`, title: `课程${i}`, category: maybe(CATEGORIES), method: maybe(METHODS), form: maybe(FORMS),
    firstOfferedYear: rng.int(2018, 2026), revisedYears: [], isCase: rng.chance(0.2), retired: false,
  }));
  const faculty = Array.from({ length: 500 }, (_, i) => ({ id: `F${i}`, name: `教师${i}`, type: rng.pick(FACULTY_TYPES), title: null, organization: null, tier: null }));
  const list: Session[] = Array.from({ length: sessions }, (_, i) => ({
    id: `S${i}`, class: rng.pick(classes).id, course: rng.pick(courses).id,
    date: `2026-0${rng.int(3, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}`, start: rng.pick(['08:30', '14:30', null]),
    hours: rng.pick([1.5, 3, 3, 4]), category: rng.chance(0.2) ? rng.pick(CATEGORIES) : null,
    method: rng.chance(0.2) ? rng.pick(METHODS) : null, form: rng.chance(0.2) ? rng.pick(FORMS) : null,
    lecturers: Array.from({ length: rng.int(0, 3) }, () => rng.pick(faculty).id).filter((id, j, all) => all.indexOf(id) === j),
  }));
  return {
    institution: { name: '某省委党校', level: 'provincial', kind: 'party_school' },
    semesters: [{ id: 'S', name: '2026年春季学期', year: 2026, start: '2026-03-01', end: '2026-07-15' }],
    classes, courses, faculty, sessions: list,
  };
}

/** Median milliseconds of one semester's indicators (index + compute), after a warm-up. */
export function benchIndicators(sessions = 10_000, runs = 30, detail = false): number {
  const data = semesterData(sessions);
  const rules = builtinRuleSet();
  for (let i = 0; i < 5; i++) computeSemester(indexTeaching(data), rules, 'S', { detail });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    computeSemester(indexTeaching(data), rules, 'S', { detail });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

if (import.meta.main) {
  const sessions = Number(process.argv[2] ?? 10_000);
  console.log(`一学期教学指标（${sessions} 个课次）：中位数 ${benchIndicators(sessions).toFixed(2)} ms；含逐班明细 ${benchIndicators(sessions, 30, true).toFixed(2)} ms（目标 < 50 ms）`);
}
