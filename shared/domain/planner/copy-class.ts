// Copying a class's timetable from an earlier class (the same programme last year).
//
// Dates: each session keeps its week and weekday counted from the Monday of its class's first week, so a
// Tuesday-afternoon session in week 2 of the old class lands on Tuesday afternoon of week 2 of the new one
// (a timetable is planned by weekday, and this keeps sessions off weekends they were not on). When the new
// class starts later in its week than the old one did, the first days can fall before the new start date;
// the conflict check then reports them as 超出班次日期, to be moved by the planner, never silently dropped.
// Lecturers, hours, start times and per-session overrides are kept.
//
// Renewal: a course lowers the target year's renewal rate (R1) when the target class is a main class, the
// course is not new (first offered) that year nor substantially revised that year, and it is not already
// offered in a main class of that year (then it is in the denominator anyway).
import { addDays, daysBetween, mondayOf } from './dates.ts';
import type { Course, Session, TrainingClass } from '../types.ts';

export interface CopyClassInput {
  source: TrainingClass;
  sourceSessions: Session[];
  target: TrainingClass;
  /** The target's year (its semester's year) for the renewal flags. */
  targetYear: number;
  /** The target semester's start, used when a class has no start date. */
  targetSemesterStart: string;
  sourceSemesterStart: string;
  courses: Course[];
  /** Courses already offered in a main class in the target year, other than through the copied sessions. */
  offeredInYear: ReadonlySet<string>;
  /** Makes the new sessions' ids; called once per copied session, in date order. */
  newId: (index: number) => string;
}

export interface RenewalFlag {
  course: string;
  title: string;
  reason: string;
}

export interface CopyClassResult {
  sessions: Session[];
  renewalFlags: RenewalFlag[];
  /** Days the dates moved by (for the dialog's summary). */
  shiftDays: number;
}

export function copyClass(input: CopyClassInput): CopyClassResult {
  const sourceMonday = mondayOf(input.source.start ?? input.sourceSemesterStart);
  const targetMonday = mondayOf(input.target.start ?? input.targetSemesterStart);
  const shiftDays = daysBetween(sourceMonday, targetMonday);
  const ordered = [...input.sourceSessions].sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? '') < (b.start ?? '') ? -1 : 1),
  );
  const sessions = ordered.map((s, i) => ({
    ...s,
    id: input.newId(i),
    class: input.target.id,
    date: addDays(s.date, shiftDays),
    lecturers: [...s.lecturers],
  }));

  const renewalFlags: RenewalFlag[] = [];
  if (input.target.isMain) {
    const courses = new Map(input.courses.map((c) => [c.id, c]));
    const seen = new Set<string>();
    for (const s of sessions) {
      if (seen.has(s.course) || input.offeredInYear.has(s.course)) continue;
      seen.add(s.course);
      const course = courses.get(s.course);
      if (!course) continue;
      const renewed = course.firstOfferedYear === input.targetYear || course.revisedYears.includes(input.targetYear);
      if (renewed) continue;
      const since = course.firstOfferedYear === null ? '首次开设年份未登记' : `${course.firstOfferedYear}年首次开设`;
      renewalFlags.push({
        course: course.id,
        title: course.title,
        reason: `${since}，${input.targetYear}年未作重大修订：再次开设会拉低${input.targetYear}年课程更新率`,
      });
    }
  }
  return { sessions, renewalFlags, shiftDays };
}
