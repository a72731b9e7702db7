// Live conflict detection over a semester's sessions, each finding with a Chinese message, the sessions
// involved and suggested fixes.
//
// Rules:
// - A session occupies [start, start + hours × minutesPerHour) on its date (slots.ts: spanOf); without a
//   start time it occupies the whole day. Two spans overlap when each starts before the other ends, so
//   back-to-back sessions (one ends 11:45, the next starts 11:45) do not collide.
// - 教师时间冲突: one lecturer in two overlapping sessions of different classes. Two overlapping sessions
//   of the same class are reported once, as 课次时间重叠, even when they share a lecturer.
// - 超出班次日期: a session dated before the class's start or after its end; when the class has no dates,
//   超出学期日期 against the semester's dates (counting rule 1: a data-quality finding, never moved silently).
// - 未安排教师: a session without lecturer (counting rule 3).
// The nearest free slot is searched on the days of the class (else of the semester), nearest day first and
// weekdays before weekends, where neither the class nor any of the session's lecturers is busy.
import { addDays, daysBetween, weekdayOf } from './dates.ts';
import { describeSession, type Names } from './describe.ts';
import { moveSession, spanOf, type TimetableSettings } from './slots.ts';
import type { Semester, Session, TrainingClass } from '../types.ts';

export type ConflictKind = 'lecturer_double' | 'class_overlap' | 'outside_class' | 'outside_semester' | 'no_lecturer';

export const CONFLICT_KIND_LABELS: Record<ConflictKind, string> = {
  lecturer_double: '教师时间冲突',
  class_overlap: '课次时间重叠',
  outside_class: '超出班次日期',
  outside_semester: '超出学期日期',
  no_lecturer: '未安排教师',
};

export type ConflictFix =
  | { kind: 'move'; session: string; date: string; start: string; label: string }
  | { kind: 'edit_lecturers'; session: string; label: string };

export interface Conflict {
  /** Stable while the same sessions are in the same conflict: lets the UI keep selection and highlight. */
  key: string;
  kind: ConflictKind;
  message: string;
  sessions: string[];
  fixes: ConflictFix[];
}

export interface ConflictInput {
  semester: Semester;
  classes: TrainingClass[];
  sessions: Session[];
  names: Names;
}

const SEARCH_DAYS = 62;

const overlaps = (settings: TimetableSettings, a: Session, b: Session): boolean => {
  if (a.date !== b.date) return false;
  const x = spanOf(settings, a);
  const y = spanOf(settings, b);
  return x.from < y.to && y.from < x.to;
};

/** Sessions by date, for the overlap checks and the free-slot search. */
function byDate(sessions: Session[]): Map<string, Session[]> {
  const map = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = map.get(s.date);
    if (list) list.push(s);
    else map.set(s.date, [s]);
  }
  return map;
}

function dateRange(input: ConflictInput, cls: TrainingClass | undefined): { from: string; to: string } {
  return {
    from: cls?.start ?? input.semester.start,
    to: cls?.end ?? input.semester.end,
  };
}

/** The nearest (date, slot) where the session fits without any conflict, or null. */
export function nearestFreeSlot(
  settings: TimetableSettings,
  input: ConflictInput,
  session: Session,
  dates: Map<string, Session[]> = byDate(input.sessions),
): { date: string; start: string; slot: string } | null {
  const cls = input.classes.find((c) => c.id === session.class);
  const range = dateRange(input, cls);
  const origin = session.date < range.from ? range.from : session.date > range.to ? range.to : session.date;
  const candidates: { date: string; distance: number; weekend: boolean }[] = [];
  for (let d = -SEARCH_DAYS; d <= SEARCH_DAYS; d++) {
    const date = addDays(origin, d);
    if (date < range.from || date > range.to) continue;
    candidates.push({ date, distance: Math.abs(d), weekend: weekdayOf(date) >= 5 });
  }
  candidates.sort((a, b) => Number(a.weekend) - Number(b.weekend) || a.distance - b.distance || (a.date < b.date ? -1 : 1));
  const lecturers = new Set(session.lecturers);
  for (const { date } of candidates) {
    for (const slot of settings.slots) {
      const moved = moveSession(settings, session, date, slot.id);
      if (moved.date === session.date && moved.start === session.start) continue;
      const busy = (dates.get(date) ?? []).some(
        (other) =>
          other.id !== session.id &&
          (other.class === session.class || other.lecturers.some((l) => lecturers.has(l))) &&
          overlaps(settings, moved, other),
      );
      if (!busy) return { date, start: moved.start!, slot: slot.label };
    }
  }
  return null;
}

export function detectConflicts(settings: TimetableSettings, input: ConflictInput): Conflict[] {
  const { names } = input;
  const classes = new Map(input.classes.map((c) => [c.id, c]));
  const dates = byDate(input.sessions);
  const conflicts: Conflict[] = [];
  const describe = (s: Session): string => describeSession(settings, names, s);
  const moveFix = (s: Session): ConflictFix[] => {
    const free = nearestFreeSlot(settings, input, s, dates);
    return free
      ? [{ kind: 'move', session: s.id, date: free.date, start: free.start, label: `移到空闲时段 ${free.date} ${free.slot} ${free.start}` }]
      : [];
  };

  for (const list of dates.values()) {
    const sorted = [...list].sort((a, b) => spanOf(settings, a).from - spanOf(settings, b).from || (a.id < b.id ? -1 : 1));
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        if (!overlaps(settings, a, b)) continue;
        if (a.class === b.class) {
          conflicts.push({
            key: `class_overlap:${a.id}:${b.id}`,
            kind: 'class_overlap',
            message: `同一班次的两个课次时间重叠：${describe(a)} 与 ${describe(b)}`,
            sessions: [a.id, b.id],
            fixes: moveFix(b),
          });
          continue;
        }
        for (const lecturer of a.lecturers) {
          if (!b.lecturers.includes(lecturer)) continue;
          conflicts.push({
            key: `lecturer_double:${lecturer}:${a.id}:${b.id}`,
            kind: 'lecturer_double',
            message: `教师${names.faculty(lecturer)}同一时间被安排在两个班次：${describe(a)} 与 ${describe(b)}`,
            sessions: [a.id, b.id],
            fixes: [...moveFix(b), { kind: 'edit_lecturers', session: b.id, label: '更换教师' }],
          });
        }
      }
    }
  }

  for (const s of input.sessions) {
    const cls = classes.get(s.class);
    if (cls?.start && cls.end) {
      if (s.date < cls.start || s.date > cls.end)
        conflicts.push({
          key: `outside_class:${s.id}`,
          kind: 'outside_class',
          message: `${describe(s)} 不在班次日期 ${cls.start} 至 ${cls.end} 之内（${
            s.date < cls.start ? `早于开班 ${daysBetween(s.date, cls.start)} 天` : `晚于结业 ${daysBetween(cls.end, s.date)} 天`
          }）`,
          sessions: [s.id],
          fixes: moveFix(s),
        });
    } else if (s.date < input.semester.start || s.date > input.semester.end) {
      conflicts.push({
        key: `outside_semester:${s.id}`,
        kind: 'outside_semester',
        message: `${describe(s)} 不在${input.semester.name}的日期 ${input.semester.start} 至 ${input.semester.end} 之内`,
        sessions: [s.id],
        fixes: moveFix(s),
      });
    }
    if (s.lecturers.length === 0)
      conflicts.push({
        key: `no_lecturer:${s.id}`,
        kind: 'no_lecturer',
        message: `${describe(s)} 未安排授课教师：该课次学时计入总学时，但不计入任何教师类型`,
        sessions: [s.id],
        fixes: [{ kind: 'edit_lecturers', session: s.id, label: '指定教师' }],
      });
  }
  return conflicts;
}
