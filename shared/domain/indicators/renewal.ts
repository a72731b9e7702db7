// Course renewal (口径 5): R1, the yearly renewal rate of main-class courses and its mean over the plan's
// years; R2, the hours of online courses published or revised in the year.
import type { RenewalRule, RuleSet } from '../rules/schema.ts';
import { planTitle } from '../rules/plans.ts';
import type { OnlineCourse } from '../types.ts';
import { notApplicableReason } from './applicability.ts';
import { meets } from './compare.ts';
import type { TeachingIndex } from './teaching-index.ts';
import type { RenewalDetail, RenewalIndicators, RenewalResult, RenewalYear } from './types.ts';

export interface RenewalOptions {
  includeNotApplicable?: boolean;
  detail?: boolean;
}

/** The distinct courses with a session in a main class, per calendar year (the semester's year). */
export function offeredByYear(index: TeachingIndex): Map<number, Set<string>> {
  const byYear = new Map<number, Set<string>>();
  for (const [semesterId, sessions] of index.sessionsBySemester) {
    const year = index.semesters.get(semesterId)?.year;
    if (year === undefined) continue;
    let set = byYear.get(year);
    for (const s of sessions) {
      if (!index.classes.get(s.class)!.isMain) continue;
      if (!set) byYear.set(year, (set = new Set()));
      set.add(s.course);
    }
  }
  return byYear;
}

function isRenewed(index: TeachingIndex, courseId: string, year: number): boolean {
  const c = index.courses.get(courseId);
  return c !== undefined && (c.firstOfferedYear === year || c.revisedYears.includes(year));
}

type Figures = Pick<RenewalResult, 'value' | 'status' | 'years'>;

function courseRenewal(rule: Extract<RenewalRule, { shape: 'course_renewal' }>, index: TeachingIndex, offered: Map<number, Set<string>>, year: number): Figures {
  const years: RenewalYear[] = [];
  // The plan's years up to Y, over the years that offered any course (years without courses are not listed).
  for (let y = rule.planStart; y <= Math.min(year, rule.planEnd); y++) {
    const courses = offered.get(y);
    if (!courses || courses.size === 0) continue;
    let renewed = 0;
    for (const c of courses) if (isRenewed(index, c, y)) renewed++;
    years.push({ year: y, offered: courses.size, renewed, rate: renewed / courses.size });
  }
  if (years.length === 0) return { status: 'no_data', years };
  const value = years.reduce((sum, y) => sum + y.rate, 0) / years.length;
  return { value, status: meets(value, rule.threshold) ? 'pass' : 'fail', years };
}

const countsIn = (o: OnlineCourse, year: number): boolean => o.publishedYear === year || o.revisedYears.includes(year);

function onlineHours(rule: Extract<RenewalRule, { shape: 'online_hours' }>, online: OnlineCourse[], year: number): Figures {
  // No online course at all means the platform's data is missing, not that nothing was published.
  if (online.length === 0) return { status: 'no_data' };
  let value = 0;
  for (const o of online) if (countsIn(o, year)) value += o.hours;
  return { value, status: meets(value, rule.threshold) ? 'pass' : 'fail' };
}

function detailOf(rule: RenewalRule, index: TeachingIndex, offered: Map<number, Set<string>>, online: OnlineCourse[], year: number): RenewalDetail {
  const base = { label: rule.label, source: { plan: planTitle(rule.source.plan), clause: rule.source.clause } };
  if (rule.shape === 'online_hours') {
    const onlineCourses = online
      .filter((o) => countsIn(o, year))
      .map((o) => ({ id: o.id, title: o.title, hours: o.hours, publishedYear: o.publishedYear, revised: o.revisedYears.includes(year) }));
    return { ...base, onlineCourses };
  }
  const courses = [...(offered.get(year) ?? [])].sort().map((id) => {
    const c = index.courses.get(id);
    return {
      course: id,
      title: c?.title ?? id,
      renewed: isRenewed(index, id, year),
      firstOfferedYear: c?.firstOfferedYear ?? null,
      revised: c?.revisedYears.includes(year) ?? false,
    };
  });
  return { ...base, courses };
}

export function computeRenewal(
  index: TeachingIndex,
  online: OnlineCourse[],
  ruleSet: RuleSet,
  year: number,
  options: RenewalOptions = {},
): RenewalIndicators {
  const offered = offeredByYear(index);
  const indicators: RenewalResult[] = [];
  for (const rule of ruleSet.renewal) {
    if (!rule.enabled) continue;
    const reason = notApplicableReason(rule.applicability, index.data.institution);
    const compute = (): Figures =>
      rule.shape === 'course_renewal' ? courseRenewal(rule, index, offered, year) : onlineHours(rule, online, year);
    let result: RenewalResult;
    if (reason) {
      result = { id: rule.id, threshold: rule.threshold, status: 'not_applicable', reason };
      if (options.includeNotApplicable) result.computed = compute();
    } else {
      const { value, status, years } = compute();
      result = { id: rule.id, value, threshold: rule.threshold, status, years };
      if (value === undefined) delete result.value;
      if (years === undefined) delete result.years;
    }
    if (options.detail) result.detail = detailOf(rule, index, offered, online, year);
    indicators.push(result);
  }
  return { year, indicators };
}
