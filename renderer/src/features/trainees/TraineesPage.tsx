import { Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { TRAINEE_SORTS } from '../../../../shared/api/methods/crud.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { listSort } from '../../components/list-sort.ts';
import { useSearchFilters } from '../../components/use-search-filters.ts';
import { TraineeFilters, type TraineeFilterKey } from './TraineeFilters.tsx';
import { TraineeForm } from './TraineeForm.tsx';
import { TraineeTable } from './TraineeTable.tsx';
import { traineeTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

/**
 * 学员: tens of thousands, read from the store a page at a time as the list scrolls; search, filters and
 * order are applied by the store over every trainee, and kept in the address.
 */
export function TraineesPage() {
  const [filters, setFilter] = useSearchFilters<TraineeFilterKey | 'sort'>();
  const [creating, setCreating] = useState(false);
  const { sort, onSort } = listSort(TRAINEE_SORTS, 'id', filters.sort, setFilter);
  const query = { group: filters.group, organization: filters.org, q: filters.q || undefined, sort: sort.key, desc: sort.desc };
  const list = usePagedList('trainees.list', query);
  const facets = useQuery('trainees.facets', {});
  const filtered = Boolean(filters.group || filters.org || filters.q);

  const canEdit = useCan('trainees.create');
  const createButton = canEdit ? <CreateButton label={t.create} onClick={() => setCreating(true)} /> : undefined;
  const error = list.error ?? facets.error;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      {error && <QueryError error={error} onRetry={() => (list.refetch(), facets.refetch())} />}
      {list.total === undefined ? (
        !error && <Loading />
      ) : list.total === 0 && !filtered ? (
        <EmptyHint icon={<IconUsers />} title={t.noTraineesTitle} description={t.noTraineesDescription} actions={createButton} />
      ) : (
        <>
          <TraineeFilters values={filters} facets={facets.data} onChange={setFilter} />
          {list.total === 0 ? (
            <EmptyHint icon={<IconUsers />} title={t.emptyTitle} description={t.emptyDescription} />
          ) : (
            <TraineeTable rows={list.rows} sort={sort} onSort={onSort} resetKey={JSON.stringify(query)} />
          )}
          {(facets.data || !filtered) && (
            <Text c="dimmed" size="sm" mt="xs" data-testid="row-count">
              {t.shown(list.total, facets.data?.total ?? list.total)}
            </Text>
          )}
        </>
      )}
      {creating && <TraineeForm onClose={() => setCreating(false)} />}
    </>
  );
}
