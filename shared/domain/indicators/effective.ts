// 口径 2: category, method and form belong to the session; a session that leaves one out takes its
// course's, and a course that leaves it out is other / lecture / classroom.
import { COURSE_DEFAULTS, type Category, type Form, type Method } from '../enums.ts';
import type { Course, Session } from '../types.ts';

export type ValueOrigin = 'session' | 'course' | 'default';

export interface Effective {
  category: Category;
  method: Method;
  form: Form;
}

/** What of a course a session inherits. */
export type InheritedFrom = Pick<Course, 'category' | 'method' | 'form'>;

export function effectiveOf(session: Session, course: InheritedFrom | undefined): Effective {
  return {
    category: session.category ?? course?.category ?? COURSE_DEFAULTS.category,
    method: session.method ?? course?.method ?? COURSE_DEFAULTS.method,
    form: session.form ?? course?.form ?? COURSE_DEFAULTS.form,
  };
}

/** Where each effective value came from, for the drill-down. */
export function originsOf(session: Session, course: InheritedFrom | undefined): Record<keyof Effective, ValueOrigin> {
  const origin = (own: unknown, inherited: unknown): ValueOrigin => (own != null ? 'session' : inherited != null ? 'course' : 'default');
  return {
    category: origin(session.category, course?.category),
    method: origin(session.method, course?.method),
    form: origin(session.form, course?.form),
  };
}
