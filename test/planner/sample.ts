// A small semester for the planner's pure-logic tests.
import type { Course, Faculty, Semester, Session, TrainingClass } from '../../shared/domain/types.ts';

export const semester: Semester = { id: '2026A', name: '2026年秋季学期', year: 2026, start: '2026-09-01', end: '2026-12-31' };

export const classes: TrainingClass[] = [
  { id: 'K1', name: '中青班', semester: '2026A', isMain: true, isPartySpirit: false, start: '2026-09-07', end: '2026-09-18', traineeCount: 50 },
  { id: 'K2', name: '党性班', semester: '2026A', isMain: true, isPartySpirit: true, start: '2026-09-07', end: '2026-09-18', traineeCount: 40 },
  { id: 'K3', name: '未定日期班', semester: '2026A', isMain: false, isPartySpirit: false, start: null, end: null, traineeCount: null },
];

export const faculty: Faculty[] = [
  { id: 'F1', name: '张三', type: 'fulltime', title: null, organization: '党史教研部', tier: null },
  { id: 'F2', name: '李四', type: 'leader', title: null, organization: null, tier: null },
];

export const courses: Course[] = [
  { id: 'C1', title: '党史专题', category: 'theory', method: 'lecture', form: 'classroom', firstOfferedYear: 2021, revisedYears: [], isCase: false, retired: false },
  { id: 'C2', title: '新课', category: 'party_spirit', method: 'case', form: 'classroom', firstOfferedYear: 2026, revisedYears: [], isCase: true, retired: false },
  { id: 'C3', title: '修订课', category: 'competence', method: 'seminar', form: 'classroom', firstOfferedYear: 2020, revisedYears: [2026], isCase: false, retired: false },
];

export const session = (id: string, over: Partial<Session> = {}): Session => ({
  id,
  class: 'K1',
  course: 'C1',
  date: '2026-09-07',
  start: '08:30',
  hours: 3,
  category: null,
  method: null,
  form: null,
  lecturers: ['F1'],
  ...over,
});
