// Hand-computed renewal cases (口径 5): yearly rates, the mean over plan years with gaps, R2.
import { describe, expect, it } from 'vitest';
import { computeRenewal, indexTeaching } from '../../shared/domain/indicators/engine.ts';
import type { TeachingData } from '../../shared/domain/indicators/types.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { OnlineCourse } from '../../shared/domain/types.ts';
import { course, klass, semester, session, teaching } from './build.ts';

const online = (id: string, hours: number, publishedYear: number | null, revisedYears: number[] = []): OnlineCourse => ({ id, title: id, hours, publishedYear, revisedYears });

// 2023: A (new in 2023), B (revised 2023), C, D offered in a main class → 2 of 4. 2024: nothing.
// 2025: A (revised 2025) and E (new 2025) → 2 of 2; F only in a non-main class, not offered.
const data: TeachingData = teaching({
  semesters: [semester({ id: 'S23', year: 2023 }), semester({ id: 'S24', year: 2024 }), semester({ id: 'S25', year: 2025 })],
  classes: [klass('K23', { semester: 'S23' }), klass('K24', { semester: 'S24', isMain: false }), klass('K25', { semester: 'S25' }), klass('O25', { semester: 'S25', isMain: false })],
  courses: [
    course('A', { firstOfferedYear: 2023, revisedYears: [2025] }),
    course('B', { firstOfferedYear: 2020, revisedYears: [2023] }),
    course('C', { firstOfferedYear: 2021 }),
    course('D'),
    course('E', { firstOfferedYear: 2025 }),
    course('F', { firstOfferedYear: 2025 }),
  ],
  sessions: [
    ...['A', 'B', 'C', 'D', 'A'].map((c) => session({ class: 'K23', course: c, hours: 3 })),
    session({ class: 'K24', course: 'C', hours: 3 }),
    session({ class: 'K25', course: 'A', hours: 3 }),
    session({ class: 'K25', course: 'E', hours: 3 }),
    session({ class: 'O25', course: 'F', hours: 3 }),
  ],
});
const onlineCourses = [online('O1', 40, 2025), online('O2', 30.5, 2023, [2025]), online('O3', 100, 2024), online('O4', 7, null, [2024])];
const r = (year: number, d = data, o = onlineCourses, options = {}) => computeRenewal(indexTeaching(d), o, builtinRuleSet(), year, options).indicators;

describe('R1 course renewal', () => {
  it('lists each plan year that offered a course and averages their rates (a year without courses is skipped)', () => {
    const [r1] = r(2025);
    expect(r1).toEqual({
      id: 'R1',
      value: (0.5 + 1) / 2,
      threshold: 0.2,
      status: 'pass',
      years: [
        { year: 2023, offered: 4, renewed: 2, rate: 0.5 },
        { year: 2025, offered: 2, renewed: 2, rate: 1 },
      ],
    });
  });

  it('for a year before any offering in the plan window it is no data', () => {
    const [r1] = r(2024, { ...data, sessions: data.sessions.filter((s) => s.class !== 'K23') });
    expect(r1).toEqual({ id: 'R1', threshold: 0.2, status: 'no_data', years: [] });
  });

  it('only counts up to the year asked for', () => {
    expect(r(2023)[0]!.years).toEqual([{ year: 2023, offered: 4, renewed: 2, rate: 0.5 }]);
  });

  it('a failing mean', () => {
    const stale = { ...data, courses: data.courses.map((c) => ({ ...c, firstOfferedYear: 2000, revisedYears: [] })) };
    expect(r(2025, stale)[0]).toMatchObject({ value: 0, status: 'fail' });
  });

  it('the detail lists each offered course and why it counts as renewed', () => {
    const [r1] = r(2025, data, onlineCourses, { detail: true });
    expect(r1!.detail!.courses).toEqual([
      { course: 'A', title: '课程A', renewed: true, firstOfferedYear: 2023, revised: true },
      { course: 'E', title: '课程E', renewed: true, firstOfferedYear: 2025, revised: false },
    ]);
  });
});

describe('R2 online course hours', () => {
  it('sums the hours of online courses published or revised in the year', () => {
    expect(r(2025)[1]).toEqual({ id: 'R2', value: 70.5, threshold: 100, status: 'fail' });
    expect(r(2024)[1]).toEqual({ id: 'R2', value: 107, threshold: 100, status: 'pass' });
    expect(r(2026)[1]).toMatchObject({ value: 0, status: 'fail' });
  });

  it('is no data when the school has no online courses at all', () => {
    expect(r(2025, data, [])[1]).toEqual({ id: 'R2', threshold: 100, status: 'no_data' });
  });
});

describe('applicability', () => {
  it('R1 and R2 are for provincial schools and above; a municipal school sees the reason', () => {
    const municipal = { ...data, institution: { name: '某市委党校', level: 'municipal', kind: 'party_school' } as const };
    const [r1, r2] = r(2025, municipal);
    expect(r1).toEqual({ id: 'R1', threshold: 0.2, status: 'not_applicable', reason: '本指标适用于省级及以上党校（行政学院）、干部学院，本校为市级党校（行政学院）' });
    expect(r2!.status).toBe('not_applicable');
    const [computed] = r(2025, municipal, onlineCourses, { includeNotApplicable: true });
    expect(computed!.computed).toMatchObject({ value: 0.75, status: 'pass' });
  });
});
