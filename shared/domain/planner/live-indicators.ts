// The semester's indicators on a draft, computed in the renderer on every edit by the shared engine.
// The renewal rate (R1) of the semester's year needs which courses main classes offered in the plan's
// other semesters: the snapshot carries those as course lists, entered here as one zero-hour session per
// course in a stand-in main class per semester. R1 reads only which courses main classes offered per year,
// and zero hours leave every other figure unchanged.
import { computeRenewal, computeSemester, indexTeaching } from '../indicators/engine.ts';
import type { RenewalResult, SemesterIndicators } from '../indicators/types.ts';
import type { RuleSet } from '../rules/schema.ts';
import type { Session, TrainingClass } from '../types.ts';
import type { PlanningSnapshot } from './snapshot.ts';

export interface RenewalContext {
  semesters: PlanningSnapshot['semester'][];
  offered: { semester: string; year: number; courses: string[] }[];
}

export interface LiveIndicators {
  semester: SemesterIndicators;
  /** The course-renewal indicators (R1) of the semester's year. */
  renewal: RenewalResult[];
}

export function liveIndicators(
  snapshot: PlanningSnapshot & { renewal: RenewalContext },
  sessions: readonly Session[],
  ruleSet: RuleSet,
): LiveIndicators {
  const standIns: TrainingClass[] = [];
  const offeredSessions: Session[] = [];
  for (const { semester, courses } of snapshot.renewal.offered) {
    const id = `renewal-context:${semester}`;
    standIns.push({ id, name: id, semester, isMain: true, isPartySpirit: false, start: null, end: null, traineeCount: null });
    for (const course of courses)
      offeredSessions.push({ id: `${id}:${course}`, class: id, course, date: '1949-01-01', start: null, hours: 0, category: null, method: null, form: null, lecturers: [] });
  }
  const index = indexTeaching({
    institution: snapshot.institution,
    semesters: [snapshot.semester, ...snapshot.renewal.semesters],
    classes: [...snapshot.classes, ...standIns],
    courses: snapshot.courses,
    faculty: snapshot.faculty,
    sessions: [...sessions, ...offeredSessions],
  });
  const courseRules: RuleSet = { ...ruleSet, renewal: ruleSet.renewal.filter((r) => r.shape === 'course_renewal') };
  return {
    semester: computeSemester(index, ruleSet, snapshot.semester.id, { detail: true }),
    renewal: computeRenewal(index, [], courseRules, snapshot.semester.year, { detail: true }).indicators,
  };
}
