// The store table that holds each kind of record the exchange format carries.
import type { ExchangeKind } from '../../../shared/exchange/fields.ts';

export const KIND_TABLES: Record<ExchangeKind, string> = {
  semesters: 'semesters',
  faculty: 'faculty',
  courses: 'courses',
  classes: 'classes',
  sessions: 'sessions',
  onlineCourses: 'online_courses',
  trainees: 'trainees',
  trainingRecords: 'training_records',
};
