// The exchange document as the importer hands it to the store: validated, defaults applied.
import type {
  Course,
  Faculty,
  Institution,
  OnlineCourse,
  Semester,
  Session,
  Trainee,
  TrainingClass,
  TrainingRecord,
} from '../domain/types.ts';

export const EXCHANGE_FORMAT = 'jiaowu-exchange';
export const EXCHANGE_VERSION = 1;

export interface ExchangeData {
  institution: Institution | null;
  semesters: Semester[];
  faculty: Faculty[];
  courses: Course[];
  classes: TrainingClass[];
  sessions: Session[];
  onlineCourses: OnlineCourse[];
  trainees: Trainee[];
  trainingRecords: TrainingRecord[];
}

export interface ExchangeIssue {
  /** Where in the document, e.g. `sessions[12].lecturers[0]`. */
  path: string;
  value?: unknown;
  /** Chinese, names the field and says why. */
  message: string;
}
