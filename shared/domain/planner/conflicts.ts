// Live conflicts of a semester's sessions for the planner. The findings come from the data-quality checks
// (shared/domain/quality: the same checks the semester report runs, so the planner and the report never
// disagree); this module adds what a planner needs on top: the sessions involved and a fix for each.
//
// Rules (from quality/time-span.ts): a session occupies [start, start + hours × minutes per 学时) on its
// date; two spans overlap when each starts before the other ends, so back-to-back sessions do not collide.
// A session without a start time collides with nothing timed; two untimed sessions of one lecturer or class
// on one date are a possible conflict (a warning, to fill in the start times). Two overlapping sessions of
// one class are listed once, as 课次时间重叠, even when they share a lecturer.
//
// Fixes: a clash or a session outside its dates gets 移到空闲时段 with the nearest free slot, searched on
// the days of the class (else of the semester), nearest day first and weekdays before weekends, where
// neither the class nor any of the session's lecturers is busy (in any class, this semester or another);
// a lecturer clash also gets 更换教师, a session without lecturer 指定教师, zero hours 修改学时.
import { classOverlaps, lecturerConflicts } from '../quality/conflict-checks.ts';
import { sessionFindings } from '../quality/session-checks.ts';
import { overlapOf } from '../quality/time-span.ts';
import type { Finding, QualityCheckId, Severity } from '../quality/types.ts';
import type { Faculty, Semester, Session, TrainingClass } from '../types.ts';
import { addDays, weekdayOf } from './dates.ts';
import { moveSession, type TimetableSettings } from './slots.ts';

export type ConflictKind = Extract<
  QualityCheckId,
  'lecturer_double_booked' | 'class_sessions_overlap' | 'session_outside_class' | 'session_outside_semester' | 'session_no_lecturer' | 'zero_hours'
>;

const KINDS: ReadonlySet<QualityCheckId> = new Set<ConflictKind>([
  'lecturer_double_booked',
  'class_sessions_overlap',
  'session_outside_class',
  'session_outside_semester',
  'session_no_lecturer',
  'zero_hours',
]);

export const CONFLICT_KIND_LABELS: Record<ConflictKind, string> = {
  lecturer_double_booked: '教师时间冲突',
  class_sessions_overlap: '课次时间重叠',
  session_outside_class: '超出班次日期',
  session_outside_semester: '超出学期日期',
  session_no_lecturer: '未安排教师',
  zero_hours: '学时为 0',
};

export type ConflictFix =
  | { kind: 'move'; session: string; date: string; start: string; label: string }
  | { kind: 'edit'; session: string; label: string };

export interface Conflict {
  /** Stable while the same sessions are in the same conflict: lets the UI keep its place. */
  key: string;
  kind: ConflictKind;
  severity: Severity;
  message: string;
  /** The sessions involved; the first is the one the fixes act on. */
  sessions: string[];
  fixes: ConflictFix[];
}

export interface ConflictInput {
  semester: Semester;
  classes: TrainingClass[];
  sessions: Session[];
  /** Sessions of other semesters dated within this one, and their classes. */
  otherSessions: Session[];
  otherClasses: TrainingClass[];
  faculty: Faculty[];
}

const SEARCH_DAYS = 62;

function byDate(sessions: Iterable<Session>): Map<string, Session[]> {
  const map = new Map<string, Session[]>();
  for (const s of sessions) {
    const list = map.get(s.date);
    if (list) list.push(s);
    else map.set(s.date, [s]);
  }
  return map;
}

/** The nearest (date, slot) where the session fits without any conflict, or null. */
export function nearestFreeSlot(
  settings: TimetableSettings,
  input: ConflictInput,
  session: Session,
  dates: Map<string, Session[]> = byDate([...input.sessions, ...input.otherSessions]),
): { date: string; start: string; slot: string } | null {
  const cls = input.classes.find((c) => c.id === session.class);
  const from = cls?.start ?? input.semester.start;
  const to = cls?.end ?? input.semester.end;
  const origin = session.date < from ? from : session.date > to ? to : session.date;
  const lecturers = new Set(session.lecturers);
  const fits = (date: string): { date: string; start: string; slot: string } | null => {
    for (const slot of settings.slots) {
      const moved = moveSession(settings, session, date, slot.id);
      if (moved.date === session.date && moved.start === session.start) continue;
      const busy = (dates.get(date) ?? []).some(
        (other) =>
          other.id !== session.id &&
          (other.class === session.class || other.lecturers.some((l) => lecturers.has(l))) &&
          overlapOf(moved, other, settings.minutesPerHour) !== null,
      );
      if (!busy) return { date, start: moved.start!, slot: slot.label };
    }
    return null;
  };
  // Weekdays first, then weekends; nearest day first, the earlier of two equally near days first. The
  // days are visited in that order and the first free slot wins, so a typical search looks at a few days.
  for (const weekend of [false, true])
    for (let d = 0; d <= SEARCH_DAYS; d++)
      for (const date of d === 0 ? [origin] : [addDays(origin, -d), addDays(origin, d)]) {
        if (date < from || date > to || (weekdayOf(date) >= 5) !== weekend) continue;
        const free = fits(date);
        if (free) return free;
      }
  return null;
}

/** Sessions by date, for the free-slot search: build once when asking for many conflicts' fixes. */
export const sessionsByDate = (input: ConflictInput): Map<string, Session[]> => byDate([...input.sessions, ...input.otherSessions]);

/** The ways to fix a conflict; its first session is the one they act on. */
export function fixesFor(
  settings: TimetableSettings,
  input: ConflictInput,
  conflict: Pick<Conflict, 'kind' | 'sessions'>,
  dates: Map<string, Session[]> = sessionsByDate(input),
): ConflictFix[] {
  const target = input.sessions.find((s) => s.id === conflict.sessions[0]);
  if (!target) return [];
  const move = (): ConflictFix[] => {
    const free = nearestFreeSlot(settings, input, target, dates);
    return free ? [{ kind: 'move', session: target.id, date: free.date, start: free.start, label: `移到空闲时段 ${free.date} ${free.slot} ${free.start}` }] : [];
  };
  switch (conflict.kind) {
    case 'session_no_lecturer':
      return [{ kind: 'edit', session: target.id, label: '指定教师' }];
    case 'zero_hours':
      return [{ kind: 'edit', session: target.id, label: '修改学时' }];
    case 'lecturer_double_booked':
      return [...move(), { kind: 'edit', session: target.id, label: '更换教师' }];
    default:
      return move();
  }
}

/**
 * The semester's conflicts. With `fixes: false` each comes without fixes (an empty list), for a caller that
 * shows only some of them and asks fixesFor for those: the free-slot search is the costly part.
 */
export function detectConflicts(settings: TimetableSettings, input: ConflictInput, options: { fixes?: boolean } = {}): Conflict[] {
  const classes = new Map([...input.otherClasses, ...input.classes].map((k) => [k.id, k]));
  const faculty = new Map(input.faculty.map((f) => [f.id, f]));
  const hourMinutes = settings.minutesPerHour;
  const findings: Finding[] = [
    ...lecturerConflicts(input.sessions, input.otherSessions, faculty, classes, hourMinutes),
    ...classOverlaps(input.sessions, classes, hourMinutes),
    ...sessionFindings(input.semester, classes, input.sessions),
  ];
  const own = new Map(input.sessions.map((s) => [s.id, s]));
  const dates = options.fixes === false ? new Map<string, Session[]>() : sessionsByDate(input);

  const conflicts: Conflict[] = [];
  for (const f of findings) {
    if (!KINDS.has(f.check)) continue;
    const kind = f.check as ConflictKind;
    const related = (f.related ?? []).filter((r) => r.kind === 'session').map((r) => r.id);
    // Two sessions of one class that overlap are one problem (课次时间重叠), even with the same lecturer.
    if (kind === 'lecturer_double_booked' && own.get(related[0]!)?.class === own.get(f.record.id)!.class) continue;
    // A class overlap reports the pair in id order: move the later-starting one, as a planner would.
    let target = own.get(f.record.id)!;
    if (kind === 'class_sessions_overlap' && related[0]) {
      const other = own.get(related[0])!;
      if ((other.start ?? '') >= (target.start ?? '')) target = other;
    }
    const sessions = [target.id, ...[f.record.id, ...related].filter((id) => id !== target.id)];
    const lecturer = (f.related ?? []).find((r) => r.kind === 'faculty')?.id;
    conflicts.push({
      key: [kind, ...sessions, lecturer ?? ''].join(':'),
      kind,
      severity: f.severity,
      message: f.message,
      sessions,
      fixes: options.fixes === false ? [] : fixesFor(settings, input, { kind, sessions }, dates),
    });
  }
  return conflicts;
}
