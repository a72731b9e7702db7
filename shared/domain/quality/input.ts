import type { RuleSet } from '../rules/schema.ts';
import type { Course, Faculty, Semester, Session, Trainee, TrainingClass, TrainingRecord } from '../types.ts';

/** What the checks of one semester read. */
export interface QualityInput {
  semester: Semester;
  /** The semester's classes and their sessions. */
  classes: TrainingClass[];
  sessions: Session[];
  /** Sessions of other semesters dated within this one, for lecturer double-booking; with their classes. */
  otherSessions: Session[];
  otherClasses: TrainingClass[];
  courses: Course[];
  faculty: Faculty[];
  trainees: Trainee[];
  trainingRecords: TrainingRecord[];
  ruleSet: RuleSet;
}
