// The records that sessions, classes and training records refer to, by id: courses, lecturers, semesters, classes.
import { useMemo } from 'react';
import { MAX_PAGE } from '../../../shared/api/methods/crud.ts';
import type { Course, Faculty, Semester } from '../../../shared/domain/types.ts';
import { useQuery } from '../api/use-query.ts';

export function useCourseMap(): Map<string, Course> {
  const { data } = useQuery('courses.list', { includeRetired: true, limit: MAX_PAGE });
  return useMemo(() => new Map((data?.rows ?? []).map((c) => [c.id, c])), [data]);
}

export function useFacultyMap(): Map<string, Faculty> {
  const { data } = useQuery('faculty.list', { limit: MAX_PAGE });
  return useMemo(() => new Map((data?.rows ?? []).map((f) => [f.id, f])), [data]);
}

/** Class names by id, for the lists that name the class of a session or a record. */
export function useClassNames(): Map<string, string> {
  const { data } = useQuery('classes.list', { limit: MAX_PAGE });
  return useMemo(() => new Map((data?.rows ?? []).map((c) => [c.id, c.name])), [data]);
}

/** Newest first. */
export function useSemesters(): Semester[] {
  const { data } = useQuery('semesters.list', { limit: MAX_PAGE });
  return useMemo(() => data?.rows ?? [], [data]);
}
