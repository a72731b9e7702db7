// Course catalog edits beyond plain create/update, each undoable: revisions with date and note, and
// deleting a course together with its revision records.
import type { Course, CourseRevision } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { undoStack } from '../../undo/undo-stack.ts';

const record = (course: string, r: CourseRevision) => api.call('courses.recordRevision', { course, ...r });
const remove = (course: string, year: number) => api.call('courses.removeRevision', { course, year });

/** Records (or rewrites) one year's revision; `previous` is that year's record before, if any. */
export async function recordRevision(course: string, next: CourseRevision, previous: CourseRevision | undefined, label: string) {
  await record(course, next);
  undoStack.push({
    label,
    undo: () => (previous ? record(course, previous) : remove(course, next.year)),
    redo: () => record(course, next),
  });
}

export async function removeRevision(course: string, previous: CourseRevision, label: string) {
  await remove(course, previous.year);
  undoStack.push({ label, undo: () => record(course, previous), redo: () => remove(course, previous.year) });
}

/** Deletes an unused course (the backend refuses a used one); undo restores it with its revision notes. */
export async function deleteCourse(course: Course, label: string) {
  const revisions = await api.call('courses.revisions', { id: course.id });
  await api.call('courses.delete', { id: course.id });
  undoStack.push({
    label,
    undo: async () => {
      await api.call('courses.create', course);
      for (const r of revisions) await record(course.id, r);
    },
    redo: () => api.call('courses.delete', { id: course.id }),
  });
}
