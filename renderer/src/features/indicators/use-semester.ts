// The semester a page shows: `?semester=` in the address (so links can open one), else the semester
// under way today, else the latest that has begun, else the first.
import { useSearchParams } from 'react-router-dom';
import type { Semester } from '../../../../shared/domain/types.ts';
import { useQuery } from '../../api/use-query.ts';

export function defaultSemester(semesters: Semester[], today: string): Semester | undefined {
  const current = semesters.find((s) => s.start <= today && today <= s.end);
  if (current) return current;
  const begun = semesters.filter((s) => s.start <= today);
  return begun[begun.length - 1] ?? semesters[0];
}

export function useSemester() {
  const list = useQuery('semesters.list', {});
  const [params, setParams] = useSearchParams();
  const semesters = [...(list.data?.rows ?? [])].sort((a, b) => (a.start < b.start ? -1 : 1));
  const wanted = params.get('semester');
  const semester = semesters.find((s) => s.id === wanted) ?? defaultSemester(semesters, new Date().toISOString().slice(0, 10));
  const choose = (id: string) =>
    setParams((p) => {
      p.set('semester', id);
      return p;
    });
  return { semesters, semester, choose, error: list.error, loading: !list.data };
}
