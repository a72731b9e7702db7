// The records of the store, in the exchange format's field names, derived from their schemas.
// Optional exchange fields that the counting rules must tell apart from a default (a course's or a
// session's category, method and form) stay null; the engine applies the defaults.
import type { z } from 'zod';
import type {
  classSchema,
  courseRevisionSchema,
  courseSchema,
  facultySchema,
  institutionSchema,
  onlineCourseSchema,
  semesterSchema,
  sessionSchema,
  traineeSchema,
  trainingRecordSchema,
} from './schemas.ts';

export type Institution = z.infer<typeof institutionSchema>;
export type Semester = z.infer<typeof semesterSchema>;
export type Faculty = z.infer<typeof facultySchema>;
export type Course = z.infer<typeof courseSchema>;
export type CourseRevision = z.infer<typeof courseRevisionSchema>;
export type TrainingClass = z.infer<typeof classSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type OnlineCourse = z.infer<typeof onlineCourseSchema>;
export type Trainee = z.infer<typeof traineeSchema>;
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;
