// A rule's numerator as a function of one session: the hours it contributes.
import type { SessionSelector } from '../rules/schema.ts';
import type { Course, Faculty, Session } from '../types.ts';
import type { Effective } from './effective.ts';

export type NumeratorHours = (session: Session, effective: Effective, course: Pick<Course, 'isCase'> | undefined) => number;

export function compileSelector(selector: SessionSelector, faculty: ReadonlyMap<string, Pick<Faculty, 'type'>>): NumeratorHours {
  const categories = selector.categories && new Set<string>(selector.categories);
  const methods = selector.methods && new Set<string>(selector.methods);
  const forms = selector.forms && new Set<string>(selector.forms);
  const lecturerTypes = selector.lecturerTypes && new Set<string>(selector.lecturerTypes);
  const caseCourse = selector.caseCourse;
  return (session, effective, course) => {
    if (categories && !categories.has(effective.category)) return 0;
    if (methods && !methods.has(effective.method)) return 0;
    if (forms && !forms.has(effective.form)) return 0;
    if (caseCourse !== undefined && (course?.isCase ?? false) !== caseCourse) return 0;
    if (!lecturerTypes) return session.hours;
    // 口径 3: co-taught hours split equally; a session with no lecturer counts for no lecturer type.
    const n = session.lecturers.length;
    if (n === 0) return 0;
    let matching = 0;
    for (const id of session.lecturers) {
      const type = faculty.get(id)?.type;
      if (type !== undefined && lecturerTypes.has(type)) matching++;
    }
    return matching === n ? session.hours : (session.hours * matching) / n;
  };
}
