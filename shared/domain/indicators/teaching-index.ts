// One pass over the records builds the lookups every indicator needs (ids to records, sessions by
// semester); the semester and renewal computations then read each session once.
import type { Course, Faculty, Semester, Session, TrainingClass } from '../types.ts';
import type { TeachingData } from './types.ts';

export interface TeachingIndex {
  data: TeachingData;
  courses: Map<string, Course>;
  faculty: Map<string, Faculty>;
  classes: Map<string, TrainingClass>;
  semesters: Map<string, Semester>;
  /** Sessions of each semester, through their class (口径 1: a session counts in its class's semester). */
  sessionsBySemester: Map<string, Session[]>;
}

export function indexTeaching(data: TeachingData): TeachingIndex {
  const courses = new Map(data.courses.map((c) => [c.id, c]));
  const faculty = new Map(data.faculty.map((f) => [f.id, f]));
  const classes = new Map(data.classes.map((c) => [c.id, c]));
  const semesters = new Map(data.semesters.map((s) => [s.id, s]));
  const sessionsBySemester = new Map<string, Session[]>();
  for (const session of data.sessions) {
    const semester = classes.get(session.class)?.semester;
    if (semester === undefined) continue;
    const list = sessionsBySemester.get(semester);
    if (list) list.push(session);
    else sessionsBySemester.set(semester, [session]);
  }
  return { data, courses, faculty, classes, semesters, sessionsBySemester };
}
