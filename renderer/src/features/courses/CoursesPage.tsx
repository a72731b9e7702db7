import { Button, Text } from '@mantine/core';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import type { Category, Method } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { commonTexts } from '../../components/texts.ts';
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
  const { data, error, loading, refetch } = useQuery('courses.list', {
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
  const createButton = canEdit ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
      {t.create}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <CourseFilters values={filters} onChange={setFilter} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {loading && !data ? (
        <Loading />
      ) : data && data.rows.length === 0 ? (
        filtered ? (
          <EmptyHint icon={<IconBooks />} title={t.emptyTitle} description={t.emptyDescription} />
        ) : (
          <EmptyHint icon={<IconBooks />} title={t.noCoursesTitle} description={t.noCoursesDescription} actions={createButton} />
        )
      ) : (
        data && (
          <>
            <CourseTable rows={data.rows} />
            <Text c="dimmed" size="sm" mt="xs" data-testid="row-count">
              {commonTexts.rows(data.rows.length, data.total)}
            </Text>
          </>
        )
      )}
      {creating && <CourseForm onClose={() => setCreating(false)} onCreated={(c) => setCreated(c.id)} />}
    </>
  );
}
