// What the planner works on: one semester with everything its timetables and indicators need.
import type { Course, Faculty, Institution, Semester, Session, TrainingClass } from '../types.ts';

export interface PlanningSnapshot {
  institution: Institution | null;
  semester: Semester;
  /** The semester's classes. */
  classes: TrainingClass[];
  /** Every session of those classes. */
  sessions: Session[];
  /** The catalog and the faculty pool: sessions pick from them, the indicator engine reads them. */
  courses: Course[];
  faculty: Faculty[];
}
