// The rows of an exchange document as the importer hands them to the store: validated, defaults applied.
import type {
  Course,
  Faculty,
  OnlineCourse,
  Semester,
  Session,
  Trainee,
  TrainingClass,
  TrainingRecord,
} from '../domain/types.ts';

export const EXCHANGE_FORMAT = 'jiaowu-exchange';
export const EXCHANGE_VERSION = 1;

/** One validated row of each kind. */
export interface ExchangeItems {
  semesters: Semester;
  faculty: Faculty;
  courses: Course;
  classes: TrainingClass;
  sessions: Session;
  onlineCourses: OnlineCourse;
  trainees: Trainee;
  trainingRecords: TrainingRecord;
}

export interface ExchangeIssue {
  /** Where in the document, e.g. `sessions[12].lecturers[0]`. */
  path: string;
  value?: unknown;
  /** Chinese, names the field and says why. */
  message: string;
}
