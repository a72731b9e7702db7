// What the planner's components read: lookups of the snapshot, the timetable settings, and the conflicts
// (computed in use-planner-analysis.ts's deferred render).
import { useMemo } from 'react';
import { detectConflicts, fixesFor, sessionsByDate, type Conflict } from '../../../../shared/domain/planner/conflicts.ts';
import { namesFrom, type Names } from '../../../../shared/domain/planner/describe.ts';
import { DEFAULT_TIMETABLE_SETTINGS, type TimetableSettings } from '../../../../shared/domain/planner/slots.ts';
import type { Course, Faculty, Session } from '../../../../shared/domain/types.ts';
import type { Snapshot } from './use-planner.ts';

export interface PlannerLookups {
  settings: TimetableSettings;
  names: Names;
  courses: Map<string, Course>;
  faculty: Map<string, Faculty>;
}

export function useLookups(snapshot: Snapshot | undefined): PlannerLookups {
  return useMemo(() => {
    const data = snapshot ?? { courses: [], classes: [], faculty: [] };
    return {
      // One 学时 lasts as long as the school's rule set says, for conflicts and end times alike.
      settings: snapshot ? { ...DEFAULT_TIMETABLE_SETTINGS, minutesPerHour: snapshot.ruleSet.hourMinutes } : DEFAULT_TIMETABLE_SETTINGS,
      names: namesFrom(data),
      courses: new Map(data.courses.map((c) => [c.id, c])),
      faculty: new Map(data.faculty.map((f) => [f.id, f])),
    };
  }, [snapshot]);
}

/** The conflict list shows this many at most; only those get their fixes computed. */
export const CONFLICT_LIST_LIMIT = 60;

export interface ConflictView {
  /** Without fixes: see withFixes. */
  list: Conflict[];
  bySession: Map<string, Conflict[]>;
}

/** The first `CONFLICT_LIST_LIMIT` conflicts with their fixes (the free-slot search is the costly part). */
export function withFixes(snapshot: Snapshot, sessions: readonly Session[], lookups: PlannerLookups, list: Conflict[]): Conflict[] {
  const input = { ...snapshot, sessions: sessions as Session[] };
  const dates = sessionsByDate(input);
  return list.slice(0, CONFLICT_LIST_LIMIT).map((c) => ({ ...c, fixes: fixesFor(lookups.settings, input, c, dates) }));
}

/** Every conflict of the semester, without fixes, and the conflicts of each session. */
export function detectAll(snapshot: Snapshot, sessions: readonly Session[], lookups: PlannerLookups): ConflictView {
  const list = detectConflicts(lookups.settings, { ...snapshot, sessions: sessions as Session[] }, { fixes: false });
  const bySession = new Map<string, Conflict[]>();
  for (const c of list) for (const id of c.sessions) bySession.set(id, [...(bySession.get(id) ?? []), c]);
  return { list, bySession };
}
