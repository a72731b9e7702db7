// Teaching workload per lecturer and per lecturer type for the 师资授课统计 report. A session taught by
// several lecturers splits its hours equally between them (口径 3); a session with no lecturer counts in
// the total only.
import { FACULTY_TYPES, type FacultyType } from '../domain/enums.ts';
import type { Faculty, Session } from '../domain/types.ts';
import { compareNames } from '../domain/name-order.ts';

export interface LecturerLoad {
  faculty: string;
  name: string;
  type: FacultyType;
  organization: string | null;
  /** Hours with co-taught sessions split equally. */
  hours: number;
  sessions: number;
  coTaughtSessions: number;
  classes: number;
}

export interface TypeLoad {
  type: FacultyType;
  lecturers: number;
  hours: number;
  /** Sessions with at least one lecturer of the type. */
  sessions: number;
  /** Share of all hours of the period (with unassigned sessions in the denominator). */
  share: number | null;
}

export interface Workload {
  totalHours: number;
  totalSessions: number;
  lecturers: LecturerLoad[];
  types: TypeLoad[];
  unassigned: { sessions: number; hours: number };
  /** Lecturer ids a session names that the faculty pool lacks. */
  unknownLecturers: string[];
}

export function computeWorkload(sessions: readonly Session[], faculty: readonly Faculty[]): Workload {
  const pool = new Map(faculty.map((f) => [f.id, f]));
  const loads = new Map<string, LecturerLoad & { classSet: Set<string> }>();
  const typeSessions = new Map<FacultyType, Set<string>>();
  const unknown = new Set<string>();
  let totalHours = 0;
  const unassigned = { sessions: 0, hours: 0 };
  for (const s of sessions) {
    totalHours += s.hours;
    const lecturers = s.lecturers.filter((id) => {
      if (pool.has(id)) return true;
      unknown.add(id);
      return false;
    });
    if (lecturers.length === 0) {
      unassigned.sessions++;
      unassigned.hours += s.hours;
      continue;
    }
    const share = s.hours / lecturers.length;
    for (const id of lecturers) {
      const f = pool.get(id)!;
      let load = loads.get(id);
      if (!load) {
        load = { faculty: id, name: f.name, type: f.type, organization: f.organization, hours: 0, sessions: 0, coTaughtSessions: 0, classes: 0, classSet: new Set() };
        loads.set(id, load);
      }
      load.hours += share;
      load.sessions++;
      if (lecturers.length > 1) load.coTaughtSessions++;
      load.classSet.add(s.class);
      (typeSessions.get(f.type) ?? typeSessions.set(f.type, new Set()).get(f.type)!).add(s.id);
    }
  }
  const lecturers = [...loads.values()]
    .map(({ classSet, ...l }) => ({ ...l, classes: classSet.size }))
    .sort((a, b) => b.hours - a.hours || compareNames(a.name, b.name) || (a.faculty < b.faculty ? -1 : a.faculty > b.faculty ? 1 : 0));
  const types = FACULTY_TYPES.map((type): TypeLoad => {
    const of = lecturers.filter((l) => l.type === type);
    const hours = of.reduce((sum, l) => sum + l.hours, 0);
    return { type, lecturers: of.length, hours, sessions: typeSessions.get(type)?.size ?? 0, share: totalHours > 0 ? hours / totalHours : null };
  });
  return { totalHours, totalSessions: sessions.length, lecturers, types, unassigned, unknownLecturers: [...unknown].sort() };
}
