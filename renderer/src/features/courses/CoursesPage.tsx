import { IconBooks } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { COURSE_SORTS } from '../../../../shared/api/methods/crud.ts';
import type { Category, Method } from '../../../../shared/domain/enums.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { listSort } from '../../components/list-sort.ts';
import { flagParam, useSearchFilters } from '../../components/use-search-filters.ts';
import { CourseFilters, type CourseFilterKey } from './CourseFilters.tsx';
import { CourseForm } from './CourseForm.tsx';
import { CourseTable } from './CourseTable.tsx';
import { courseTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

const year = (v: string | undefined) => (v ? Number(v) : undefined);

/**
 * 课程库: the catalog, read from the store a page at a time as the list scrolls; search, filters and order
 * (titles in pinyin order) are applied by the store and kept in the address.
 */
export function CoursesPage() {
  const [filters, setFilter] = useSearchFilters<CourseFilterKey | 'sort'>();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  // A new course opens at once, after its form (and the form's leave guard) is gone.
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => {
    if (created) navigate(`/courses/${encodeURIComponent(created)}`);
  }, [created, navigate]);
  const { sort, onSort } = listSort(COURSE_SORTS, 'id', filters.sort, setFilter);
  const query = {
    category: filters.category as Category | undefined,
    method: filters.method as Method | undefined,
    isCase: flagParam(filters.case),
    firstOfferedYear: year(filters.first),
    revisedYear: year(filters.renewed),
    includeRetired: filters.retired === '1',
    q: filters.q || undefined,
    sort: sort.key,
    desc: sort.desc,
  };
  const list = usePagedList('courses.list', query);
  const facets = useQuery('courses.facets', {});
  const error = list.error ?? facets.error;
  const filtered = Boolean(filters.category || filters.method || filters.case || filters.first || filters.renewed || filters.retired || filters.q);

  const canEdit = useCan('courses.create');
  const createButton = canEdit ? <CreateButton label={t.create} onClick={() => setCreating(true)} /> : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <CourseFilters values={filters} years={facets.data?.years} onChange={setFilter} />
      <ListResult
        total={list.total}
        error={error}
        onRetry={() => (list.refetch(), facets.refetch())}
        filtered={filtered}
        icon={<IconBooks />}
        noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
        noneYet={{ title: t.noCoursesTitle, description: t.noCoursesDescription }}
        create={createButton}
      >
        <CourseTable rows={list.rows} sort={sort} onSort={onSort} resetKey={JSON.stringify(query)} />
      </ListResult>
      {creating && <CourseForm onClose={() => setCreating(false)} onCreated={(c) => setCreated(c.id)} />}
    </>
  );
}
