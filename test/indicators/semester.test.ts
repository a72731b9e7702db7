// Hand-computed cases for each teaching counting rule (口径 2-4, 6).
import { describe, expect, it } from 'vitest';
import { computeSemester, indexTeaching } from '../../shared/domain/indicators/engine.ts';
import type { IndicatorResult, TeachingData } from '../../shared/domain/indicators/types.ts';
import { builtinRuleSet } from '../../shared/domain/rules/builtin.ts';
import type { RuleSet } from '../../shared/domain/rules/schema.ts';
import { course, faculty, klass, session, teaching } from './build.ts';

const run = (data: TeachingData, rules: RuleSet = builtinRuleSet(), options = {}) =>
  computeSemester(indexTeaching(data), rules, 'S', options).indicators;
const pick = (list: IndicatorResult[], id: string) => list.find((i) => i.id === id)!;

describe('category, method and form default from the course (口径 2)', () => {
  const data = teaching({
    classes: [klass('K')],
    courses: [course('theory', { category: 'theory', method: 'case', form: 'field' }), course('bare')],
    sessions: [
      session({ class: 'K', course: 'theory', hours: 3 }), // theory, case, field from the course
      session({ class: 'K', course: 'theory', hours: 2, category: 'competence', method: 'seminar' }), // the session's own win
      session({ class: 'K', course: 'bare', hours: 5 }), // other / lecture / classroom
    ],
  });
  const result = run(data);

  it('takes a missing session value from its course, and the session’s own value over the course’s', () => {
    expect(pick(result, 'T1a')).toMatchObject({ numerator: 3, denominator: 10, value: 0.3 });
    expect(pick(result, 'T4a')).toMatchObject({ numerator: 3, denominator: 10 });
    expect(pick(result, 'T4b')).toMatchObject({ numerator: 2, denominator: 10 });
  });

  it('counts a course without category, method or form as other / lecture / classroom', () => {
    const only = run(teaching({ classes: [klass('K', { isPartySpirit: true })], courses: [course('bare')], sessions: [session({ class: 'K', course: 'bare', hours: 4 })] }));
    expect(pick(only, 'T1a')).toMatchObject({ numerator: 0, denominator: 4, value: 0, status: 'fail' });
    expect(pick(only, 'T4a')).toMatchObject({ numerator: 0 });
    expect(pick(only, 'T2')).toMatchObject({ value: 1, classes: [{ class: 'K', numerator: 4, denominator: 4 }] });
  });
});

describe('lecturer types (口径 3)', () => {
  const data = teaching({
    classes: [klass('K')],
    courses: [course('C')],
    faculty: [faculty('L1', 'leader'), faculty('L2', 'leader'), faculty('F', 'fulltime'), faculty('E', 'expert')],
    sessions: [
      session({ class: 'K', course: 'C', hours: 3, lecturers: ['L1', 'F'] }), // 1.5 to the leader
      session({ class: 'K', course: 'C', hours: 3, lecturers: ['L1', 'L2', 'E'] }), // 2 of 3 shares
      session({ class: 'K', course: 'C', hours: 4, lecturers: ['L2'] }), // all 4
      session({ class: 'K', course: 'C', hours: 2 }), // no lecturer: total only
    ],
  });

  it('splits a co-taught session’s hours equally and counts a session with no lecturer in the total only', () => {
    const t3 = pick(run(data), 'T3');
    expect(t3.numerator).toBeCloseTo(1.5 + 2 + 4, 12);
    expect(t3.denominator).toBe(12);
    expect(t3.value).toBeCloseTo(7.5 / 12, 12);
    expect(t3.status).toBe('pass');
  });
});

describe('which classes count (口径 4)', () => {
  const data = teaching({
    classes: [klass('M'), klass('O', { isMain: false })],
    courses: [course('P', { category: 'party_spirit', method: 'case' })],
    faculty: [faculty('L', 'leader')],
    sessions: [
      session({ class: 'M', course: 'P', hours: 6 }),
      session({ class: 'O', course: 'P', hours: 4, lecturers: ['L'] }),
    ],
  });
  const result = run(data);

  it('T1 counts every class', () => {
    expect(pick(result, 'T1b')).toMatchObject({ numerator: 10, denominator: 10 });
  });

  it('T3 and T4 count main classes only', () => {
    expect(pick(result, 'T3')).toMatchObject({ numerator: 0, denominator: 6, status: 'fail' });
    expect(pick(result, 'T4a')).toMatchObject({ numerator: 6, denominator: 6, value: 1 });
  });

  it('a main-class scope with no main-class hours is no data, never 0%', () => {
    const noMain = run(teaching({ classes: [klass('O', { isMain: false })], courses: [course('C')], sessions: [session({ class: 'O', course: 'C', hours: 3 })] }));
    expect(pick(noMain, 'T3')).toEqual({ id: 'T3', threshold: 0.2, status: 'no_data' });
    expect(pick(noMain, 'T1a').status).toBe('fail');
  });
});

describe('T2 per party-spirit class', () => {
  const data = teaching({
    classes: [klass('A', { isPartySpirit: true }), klass('B', { isPartySpirit: true, isMain: false }), klass('E', { isPartySpirit: true }), klass('N')],
    courses: [course('room', { form: 'classroom' }), course('site', { form: 'field' })],
    sessions: [
      session({ class: 'A', course: 'room', hours: 6 }),
      session({ class: 'A', course: 'site', hours: 4 }), // A: 0.6
      session({ class: 'B', course: 'room', hours: 2 }),
      session({ class: 'B', course: 'site', hours: 3 }), // B: 0.4
      session({ class: 'N', course: 'site', hours: 9 }), // not a party-spirit class
    ],
  });

  it('lists each class with hours, takes the lowest ratio, and fails when any class fails', () => {
    const t2 = pick(run(data), 'T2');
    expect(t2).toEqual({
      id: 'T2',
      value: 0.4,
      threshold: 0.5,
      status: 'fail',
      classes: [
        { class: 'A', value: 0.6, numerator: 6, denominator: 10, status: 'pass' },
        { class: 'B', value: 0.4, numerator: 2, denominator: 5, status: 'fail' },
      ],
    });
  });

  it('passes when every class passes, and is no data without a party-spirit class with hours', () => {
    const passing = run({ ...data, sessions: data.sessions.filter((s) => s.class !== 'B') });
    expect(pick(passing, 'T2')).toMatchObject({ value: 0.6, status: 'pass' });
    const none = run({ ...data, sessions: data.sessions.filter((s) => s.class === 'N') });
    expect(pick(none, 'T2')).toEqual({ id: 'T2', threshold: 0.5, status: 'no_data' });
  });

  it('the gap of a failing T2 sums what the failing classes lack', () => {
    const t2 = pick(run(data, builtinRuleSet(), { detail: true }), 'T2');
    expect(t2.detail!.gap!.hours).toBeCloseTo(0.5, 12); // B needs 2.5 of 5
    expect(t2.detail!.pullingDown).toEqual(['B']);
  });
});

describe('no data', () => {
  it('a semester without hours has no data for every indicator, never 0% and never a pass', () => {
    const result = run(teaching({ classes: [klass('K')] }));
    expect(result.map((r) => r.status)).toEqual(['no_data', 'no_data', 'no_data', 'no_data', 'no_data', 'no_data']);
    for (const r of result) expect(r).not.toHaveProperty('value');
  });

  it('zero-hour sessions alone are no data too', () => {
    const result = run(teaching({ classes: [klass('K')], courses: [course('C')], sessions: [session({ class: 'K', course: 'C', hours: 0 })] }));
    expect(pick(result, 'T1a').status).toBe('no_data');
  });
});

describe('applicability by level and kind (口径 6)', () => {
  const base = teaching({ classes: [klass('K')], courses: [course('C', { category: 'theory' })], sessions: [session({ class: 'K', course: 'C', hours: 3 })] });

  it('a county Party school: T1 and T4 are not applicable with the reason; T2 and T3 apply', () => {
    const result = run({ ...base, institution: { name: '某县委党校', level: 'county', kind: 'party_school' } });
    expect(pick(result, 'T1a')).toEqual({
      id: 'T1a',
      threshold: 0.7,
      status: 'not_applicable',
      reason: '本指标适用于市级及以上党校（行政学院），本校为县级党校（行政学院）',
    });
    expect(pick(result, 'T4a').status).toBe('not_applicable');
    expect(pick(result, 'T3').status).toBe('fail');
    expect(pick(result, 'T2').status).toBe('no_data');
  });

  it('a cadre college: T1 and T3 are for Party schools only; T2 and T4 apply', () => {
    const result = run({ ...base, institution: { name: '某干部学院', level: 'provincial', kind: 'cadre_college' } });
    expect(result.filter((r) => r.status === 'not_applicable').map((r) => r.id)).toEqual(['T1a', 'T1b', 'T3']);
    expect(pick(result, 'T3').reason).toMatch(/党校（行政学院）.*本校为省级干部学院/);
  });

  it('a socialist college: nothing applies; on request the figures are computed all the same', () => {
    const inst = { name: '某社会主义学院', level: 'central', kind: 'socialist_college' } as const;
    expect(run({ ...base, institution: inst }).every((r) => r.status === 'not_applicable')).toBe(true);
    const t1a = pick(run({ ...base, institution: inst }, builtinRuleSet(), { includeNotApplicable: true }), 'T1a');
    expect(t1a.status).toBe('not_applicable');
    expect(t1a.computed).toEqual({ value: 1, numerator: 3, denominator: 3, status: 'pass' });
  });

  it('without an institution profile nothing is judged applicable, and the reason says what to fill in', () => {
    expect(pick(run({ ...base, institution: null }), 'T3').reason).toMatch(/尚未填写本校的院校信息/);
  });
});

describe('thresholds, gaps and the classes that pull a ratio down', () => {
  const data = teaching({
    classes: [klass('A'), klass('B'), klass('C')],
    courses: [course('case', { method: 'case' }), course('talk')],
    sessions: [
      session({ class: 'A', course: 'case', hours: 7 }),
      session({ class: 'A', course: 'talk', hours: 3 }),
      session({ class: 'B', course: 'talk', hours: 30 }),
      session({ class: 'C', course: 'case', hours: 3 }),
      session({ class: 'C', course: 'talk', hours: 57 }),
    ],
  });

  it('meets a threshold exactly at the boundary', () => {
    const rules = builtinRuleSet();
    rules.teaching.find((r) => r.id === 'T4a')!.threshold = 0.1; // 10 of 100
    expect(pick(run(data, rules), 'T4a')).toMatchObject({ value: 0.1, status: 'pass' });
  });

  it('a failing ratio says how many hours are missing and which classes pull it down most', () => {
    const t4a = pick(run(data, builtinRuleSet(), { detail: true }), 'T4a');
    expect(t4a).toMatchObject({ numerator: 10, denominator: 100, status: 'fail' });
    expect(t4a.detail!.gap!.hours).toBeCloseTo(5, 12); // 15% of 100 − 10
    expect(t4a.detail!.gap!.addHours).toBeCloseTo(5 / 0.85, 12);
    expect(t4a.detail!.gap!.text).toMatch(/^还差 5 学时案例式教学/);
    // C lacks 0.15 × 60 − 3 = 6, B 4.5; A is above.
    expect(t4a.detail!.pullingDown).toEqual(['C', 'B']);
    expect(t4a.detail!.classes.map((c) => c.class)).toEqual(['C', 'B', 'A']);
    expect(t4a.detail!.source.clause).toMatch(/案例式教学/);
  });

  it('a school’s own indicator of the same shape: case teaching >= 20% in main classes, and a sum of hours', () => {
    const rules = builtinRuleSet();
    const t4a = rules.teaching.find((r) => r.id === 'T4a')!;
    rules.teaching.push(
      { ...t4a, id: 'X_case20', label: '案例式教学不低于20%', threshold: 0.2, source: { plan: '某省', clause: '案例式教学比重不低于20%' } },
      { ...t4a, id: 'X_case_hours', label: '案例式教学学时', shape: 'hours', threshold: 12, source: { plan: '某省', clause: '每学期案例式教学不少于12学时' } },
    );
    const result = run(data, rules, { detail: true });
    expect(pick(result, 'X_case20')).toMatchObject({ value: 0.1, threshold: 0.2, status: 'fail' });
    expect(pick(result, 'X_case20').detail!.gap!.hours).toBeCloseTo(10, 12);
    expect(pick(result, 'X_case_hours')).toMatchObject({ value: 10, numerator: 10, status: 'fail' });
    expect(pick(result, 'X_case_hours').detail!.gap!.text).toBe('还差 2 学时案例式教学');
  });

  it('a disabled rule is left out', () => {
    const rules = builtinRuleSet();
    rules.teaching.find((r) => r.id === 'T3')!.enabled = false;
    expect(run(data, rules).map((r) => r.id)).toEqual(['T1a', 'T1b', 'T2', 'T4a', 'T4b']);
  });
});
