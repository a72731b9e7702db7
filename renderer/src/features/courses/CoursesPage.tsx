import { IconBooks } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import type { Category, Method } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { flagParam, useSearchFilters } from '../../components/use-search-filters.ts';
import { CourseFilters, type CourseFilterKey } from './CourseFilters.tsx';
import { CourseForm } from './CourseForm.tsx';
import { CourseTable } from './CourseTable.tsx';
import { courseTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

const year = (v: string | undefined) => (v ? Number(v) : undefined);

/** 课程库: the catalog with its filters. */
export function CoursesPage() {
  const [filters, setFilter] = useSearchFilters<CourseFilterKey>();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  // A new course opens at once, after its form (and the form's leave guard) is gone.
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => {
    if (created) navigate(`/courses/${encodeURIComponent(created)}`);
  }, [created, navigate]);
  const list = useQuery('courses.list', {
    category: filters.category as Category | undefined,
    method: filters.method as Method | undefined,
    isCase: flagParam(filters.case),
    firstOfferedYear: year(filters.first),
    revisedYear: year(filters.renewed),
    includeRetired: filters.retired === '1',
    q: filters.q || undefined,
    limit: MAX_PAGE,
  });
  const filtered = Object.values(filters).some(Boolean);

  const canEdit = useCan('courses.create');
  const createButton = canEdit ? <CreateButton label={t.create} onClick={() => setCreating(true)} /> : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <CourseFilters values={filters} onChange={setFilter} />
      <ListResult
        list={list}
        filtered={filtered}
        icon={<IconBooks />}
        noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
        noneYet={{ title: t.noCoursesTitle, description: t.noCoursesDescription }}
        create={createButton}
      >
        {(rows) => <CourseTable rows={rows} />}
      </ListResult>
      {creating && <CourseForm onClose={() => setCreating(false)} onCreated={(c) => setCreated(c.id)} />}
    </>
  );
}
