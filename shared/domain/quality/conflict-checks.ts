// Time conflicts: a lecturer booked twice at the same time, and overlapping sessions in one class.
import type { Faculty, Session, TrainingClass } from '../types.ts';
import { overlapOf, showSpan } from './time-span.ts';
import type { Finding } from './types.ts';

function groupBy(sessions: Iterable<Session>, keys: (s: Session) => string[]): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const s of sessions)
    for (const key of keys(s)) {
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
  return groups;
}

/** Each conflicting pair once, within groups of sessions sharing a key (a date and a lecturer or class). */
function pairs(groups: Map<string, Session[]>, hourMinutes: number, visit: (a: Session, b: Session, kind: 'overlap' | 'possible', key: string) => void) {
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const kind = overlapOf(list[i]!, list[j]!, hourMinutes);
        if (kind) visit(list[i]!, list[j]!, kind, key);
      }
  }
}

export function lecturerConflicts(
  own: Session[],
  other: Session[],
  faculty: Map<string, Faculty>,
  classes: Map<string, TrainingClass>,
  hourMinutes: number,
): Finding[] {
  const ownIds = new Set(own.map((s) => s.id));
  const groups = groupBy([...own, ...other], (s) => s.lecturers.map((f) => `${f}\u0000${s.date}`));
  const findings: Finding[] = [];
  pairs(groups, hourMinutes, (a, b, kind, key) => {
    // Report only conflicts that involve this semester, pointing at its session.
    const [mine, theirs] = ownIds.has(a.id) ? [a, b] : ownIds.has(b.id) ? [b, a] : [null, null];
    if (!mine || !theirs) return;
    const lecturer = key.slice(0, key.indexOf('\u0000'));
    const name = faculty.get(lecturer)?.name ?? lecturer;
    const where = (s: Session) => `课次 ${s.id}（${classes.get(s.class)?.name ?? s.class}，${showSpan(s, hourMinutes)}）`;
    findings.push({
      check: 'lecturer_double_booked',
      severity: kind === 'overlap' ? 'error' : 'warning',
      message:
        kind === 'overlap'
          ? `教师${name}同一时间重复排课：${where(mine)}与${where(theirs)}时间重叠`
          : `教师${name}在 ${mine.date} 有两节未填开始时间的课次（${mine.id}、${theirs.id}），可能冲突，请补填开始时间`,
      record: { kind: 'session', id: mine.id, owner: mine.class },
      related: [
        { kind: 'session', id: theirs.id, owner: theirs.class },
        { kind: 'faculty', id: lecturer },
      ],
    });
  });
  return findings;
}

export function classOverlaps(sessions: Session[], classes: Map<string, TrainingClass>, hourMinutes: number): Finding[] {
  const groups = groupBy(sessions, (s) => [`${s.class}\u0000${s.date}`]);
  const findings: Finding[] = [];
  pairs(groups, hourMinutes, (a, b, kind) => {
    const name = classes.get(a.class)?.name ?? a.class;
    findings.push({
      check: 'class_sessions_overlap',
      severity: kind === 'overlap' ? 'error' : 'warning',
      message:
        kind === 'overlap'
          ? `班次${name}的课次 ${a.id}（${showSpan(a, hourMinutes)}）与 ${b.id}（${showSpan(b, hourMinutes)}）时间重叠`
          : `班次${name}在 ${a.date} 有两节未填开始时间的课次（${a.id}、${b.id}），可能重叠，请补填开始时间`,
      record: { kind: 'session', id: a.id, owner: a.class },
      related: [
        { kind: 'session', id: b.id, owner: b.class },
        { kind: 'class', id: a.class },
      ],
    });
  });
  return findings;
}
