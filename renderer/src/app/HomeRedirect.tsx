import { Navigate } from 'react-router-dom';
import { useQuery } from '../api/use-query.ts';
import { Loading } from '../components/Loading.tsx';
import { QueryError } from '../components/QueryError.tsx';
import { isEmptyStore } from '../features/first-run/is-empty-store.ts';

/** The start page: the first-run welcome on an empty store, else the semester plan. */
export function HomeRedirect() {
  const { data, error, refetch } = useQuery('app.info', {});
  const institution = useQuery('institution.get', {});
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (!data || institution.loading) return <Loading />;
  return <Navigate to={isEmptyStore(data.counts, institution.data ?? null) ? '/welcome' : '/planner'} replace />;
}
