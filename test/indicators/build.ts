// Small hand-made records for the counting-rule tests: every field defaulted, override what a case needs.
import type { TeachingData } from '../../shared/domain/indicators/types.ts';
import type { Course, Faculty, Institution, Semester, Session, TrainingClass, TrainingRecord } from '../../shared/domain/types.ts';

export const PROVINCIAL: Institution = { name: '某省委党校', level: 'provincial', kind: 'party_school' };

export const semester = (o: Partial<Semester> = {}): Semester => ({ id: 'S', name: '2026年春季学期', year: 2026, start: '2026-03-01', end: '2026-07-15', ...o });

export const course = (id: string, o: Partial<Course> = {}): Course => ({
  id,
  title: `课程${id}`,
  category: null,
  method: null,
  form: null,
  firstOfferedYear: null,
  revisedYears: [],
  isCase: false,
  retired: false,
  ...o,
});

export const klass = (id: string, o: Partial<TrainingClass> = {}): TrainingClass => ({
  id,
  name: `班次${id}`,
  semester: 'S',
  isMain: true,
  isPartySpirit: false,
  start: null,
  end: null,
  traineeCount: null,
  ...o,
});

export const faculty = (id: string, type: Faculty['type']): Faculty => ({ id, name: `教师${id}`, type, title: null, organization: null, tier: null });

let next = 0;
export const session = (o: Partial<Session> & Pick<Session, 'class' | 'course' | 'hours'>): Session => ({
  id: `s${++next}`,
  date: '2026-03-10',
  start: null,
  category: null,
  method: null,
  form: null,
  lecturers: [],
  ...o,
});

export function teaching(o: Partial<TeachingData>): TeachingData {
  return { institution: PROVINCIAL, semesters: [semester()], classes: [], courses: [], faculty: [], sessions: [], ...o };
}

export const record = (o: Partial<TrainingRecord> & Pick<TrainingRecord, 'trainee' | 'date' | 'hours'>): TrainingRecord => ({
  id: `r${++next}`,
  days: 0,
  kind: 'concentrated',
  fullTime: false,
  theory: false,
  organizerLevel: null,
  class: null,
  ...o,
});
