// 口径 7: every figure drills down to the sessions behind it: which count in the denominator, how many
// of their hours count in the numerator, and where each session's category, method and form came from.
import type { Category, FacultyType, Form, Method } from '../enums.ts';
import type { RuleSet } from '../rules/schema.ts';
import type { Course, Faculty, Session, TrainingClass } from '../types.ts';
import { effectiveOf, originsOf, type ValueOrigin } from './effective.ts';
import { inScope } from './scope.ts';
import { compileSelector } from './selector.ts';

export interface DrilldownSession {
  session: string;
  class: string;
  className: string;
  course: string;
  courseTitle: string;
  date: string;
  start: string | null;
  hours: number;
  category: Category;
  method: Method;
  form: Form;
  origins: { category: ValueOrigin; method: ValueOrigin; form: ValueOrigin };
  lecturers: { id: string; name: string; type: FacultyType | null }[];
  /** Hours of this session in the numerator (a share for co-taught lecturer-type rules). */
  numeratorHours: number;
}

/** What a drill-down reads of a course and of a lecturer: a class's drill-down loads only these. */
export type DrilldownCourse = Pick<Course, 'title' | 'category' | 'method' | 'form' | 'isCase'>;
export type DrilldownLecturer = Pick<Faculty, 'name' | 'type'>;

/** The lookups a drill-down reads (a whole semester's `TeachingIndex` is one). */
export interface DrilldownIndex {
  courses: ReadonlyMap<string, DrilldownCourse>;
  faculty: ReadonlyMap<string, DrilldownLecturer>;
  classes: ReadonlyMap<string, TrainingClass>;
  sessionsBySemester: ReadonlyMap<string, readonly Session[]>;
}

export interface Drilldown {
  semester: string;
  indicator: string;
  class?: string;
  sessions: DrilldownSession[];
  numeratorSessions: string[];
  denominatorSessions: string[];
  numerator: number;
  denominator: number;
}

/** The sessions behind a semester indicator, for the whole scope or one class. Undefined for an unknown indicator. */
export function drilldown(
  index: DrilldownIndex,
  ruleSet: RuleSet,
  semester: string,
  indicator: string,
  klass?: string,
): Drilldown | undefined {
  const rule = ruleSet.teaching.find((r) => r.id === indicator);
  if (!rule) return undefined;
  const hoursOf = compileSelector(rule.numerator, index.faculty);
  const sessions: DrilldownSession[] = [];
  const numeratorSessions: string[] = [];
  const denominatorSessions: string[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const s of index.sessionsBySemester.get(semester) ?? []) {
    const k = index.classes.get(s.class)!;
    if (!inScope(rule, k) || (klass !== undefined && s.class !== klass)) continue;
    const course = index.courses.get(s.course);
    const effective = effectiveOf(s, course);
    const numeratorHours = hoursOf(s, effective, course);
    numerator += numeratorHours;
    denominator += s.hours;
    denominatorSessions.push(s.id);
    if (numeratorHours > 0) numeratorSessions.push(s.id);
    sessions.push({
      session: s.id,
      class: s.class,
      className: k.name,
      course: s.course,
      courseTitle: course?.title ?? s.course,
      date: s.date,
      start: s.start,
      hours: s.hours,
      ...effective,
      origins: originsOf(s, course),
      lecturers: s.lecturers.map((id) => {
        const f = index.faculty.get(id);
        return { id, name: f?.name ?? id, type: f?.type ?? null };
      }),
      numeratorHours,
    });
  }
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? '') < (b.start ?? '') ? -1 : a.session < b.session ? -1 : 1));
  return { semester, indicator, class: klass, sessions, numeratorSessions, denominatorSessions, numerator, denominator };
}
