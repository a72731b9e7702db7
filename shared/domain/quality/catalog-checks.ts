// Classes with no sessions, and courses the semester uses that have no category.
import { CATEGORY_LABELS, COURSE_DEFAULTS } from '../enums.ts';
import type { Course, Session, TrainingClass } from '../types.ts';
import type { Finding } from './types.ts';

export function emptyClasses(classes: TrainingClass[], sessions: Session[]): Finding[] {
  const used = new Set(sessions.map((s) => s.class));
  return classes
    .filter((k) => !used.has(k.id))
    .map((k) => ({
      check: 'class_no_sessions' as const,
      severity: 'warning' as const,
      message: `班次${k.name}（${k.id}）没有任何课次${k.isPartySpirit ? '；党性教育班次无课次时不参与课堂教学比重计算' : ''}`,
      record: { kind: 'class' as const, id: k.id },
    }));
}

export function uncategorisedCourses(courses: Course[], sessions: Session[]): Finding[] {
  // Only sessions that rely on the course's category inherit the default; count them for the message.
  const relying = new Map<string, number>();
  for (const s of sessions) if (s.category === null) relying.set(s.course, (relying.get(s.course) ?? 0) + 1);
  return courses
    .filter((c) => c.category === null)
    .map((c) => {
      const n = relying.get(c.id) ?? 0;
      return {
        check: 'course_no_category' as const,
        severity: n > 0 ? ('warning' as const) : ('info' as const),
        message:
          n > 0
            ? `课程“${c.title}”（${c.id}）未设置类别，本学期 ${n} 个课次按“${CATEGORY_LABELS[COURSE_DEFAULTS.category]}”计入，不计入理论教育或党性教育比重`
            : `课程“${c.title}”（${c.id}）未设置类别（本学期的课次均已单独设置类别）`,
        record: { kind: 'course' as const, id: c.id },
      };
    });
}
