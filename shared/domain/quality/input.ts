import type { RuleSet } from '../rules/schema.ts';
import type { Course, Faculty, Semester, Session, Trainee, TrainingClass, TrainingRecord } from '../types.ts';

/** What the teaching checks of one semester read. */
export interface TeachingQualityInput {
  semester: Semester;
  /** The semester's classes and their sessions. */
  classes: TrainingClass[];
  sessions: Session[];
  /** Sessions of other semesters dated within this one, for lecturer double-booking; with their classes. */
  otherSessions: Session[];
  otherClasses: TrainingClass[];
  courses: Course[];
  faculty: Faculty[];
  ruleSet: RuleSet;
}

/** What every check of a semester reads: its teaching, and the trainees with their records. */
export interface QualityInput extends TeachingQualityInput {
  trainees: Trainee[];
  trainingRecords: TrainingRecord[];
}
