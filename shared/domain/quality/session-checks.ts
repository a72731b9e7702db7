// Checks of single sessions: dated outside their semester or class, no lecturer, zero hours.
import type { Semester, Session, TrainingClass } from '../types.ts';
import type { Finding } from './types.ts';

export function sessionFindings(semester: Semester, classes: Map<string, TrainingClass>, sessions: Session[]): Finding[] {
  const findings: Finding[] = [];
  for (const s of sessions) {
    const k = classes.get(s.class);
    const where = `课次 ${s.id}（${k?.name ?? s.class}，${s.date}）`;
    const record = { kind: 'session', id: s.id, owner: s.class } as const;
    // 口径 1: the hours still count in the class's semester; the date is what needs fixing.
    if (s.date < semester.start || s.date > semester.end)
      findings.push({
        check: 'session_outside_semester',
        severity: 'error',
        message: `${where}的日期不在${semester.name}（${semester.start} 至 ${semester.end}）内；学时仍计入所属班次的学期，请核对日期`,
        record,
        related: [{ kind: 'semester', id: semester.id }],
      });
    if (k && ((k.start && s.date < k.start) || (k.end && s.date > k.end)))
      findings.push({
        check: 'session_outside_class',
        severity: 'warning',
        message: `${where}的日期不在班次起止日期（${k.start ?? '未填'} 至 ${k.end ?? '未填'}）内`,
        record,
        related: [{ kind: 'class', id: k.id }],
      });
    if (s.lecturers.length === 0)
      findings.push({
        check: 'session_no_lecturer',
        severity: 'warning',
        message: `${where}未安排授课教师；其学时计入总学时，但不计入任何教师类型（如领导干部讲课比重）`,
        record,
      });
    if (s.hours <= 0)
      findings.push({ check: 'zero_hours', severity: 'warning', message: `${where}的学时为 0，不计入任何指标`, record });
  }
  return findings;
}
