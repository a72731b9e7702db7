import { Button, Text } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { TraineeFilters, type TraineeFilterValues } from './TraineeFilters.tsx';
import { TraineeForm } from './TraineeForm.tsx';
import { TraineeTable } from './TraineeTable.tsx';
import { traineeTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

/**
 * 学员: the whole list (tens of thousands) is read once and filtered here, so typing in the search
 * answers at once; the table renders only the rows in view.
 */
export function TraineesPage() {
  const { data, error, loading, refetch } = useQuery('trainees.list', { limit: MAX_PAGE });
  const [filters, setFilters] = useState<TraineeFilterValues>({ group: null, organization: null, q: '' });
  const [creating, setCreating] = useState(false);
  const deferred = useDeferredValue(filters);
  const all = useMemo(() => data?.rows ?? [], [data]);
  const groups = useMemo(() => distinct(all.map((r) => r.group)), [all]);
  const organizations = useMemo(() => distinct(all.map((r) => r.organization)), [all]);
  const rows = useMemo(() => {
    const q = deferred.q.trim().toLowerCase();
    return all.filter(
      (r) =>
        (!deferred.group || r.group === deferred.group) &&
        (!deferred.organization || r.organization === deferred.organization) &&
        (!q || r.name.toLowerCase().includes(q) || r.id.toLowerCase().includes(q) || (r.organization ?? '').toLowerCase().includes(q)),
    );
  }, [all, deferred]);

  const canEdit = useCan('trainees.create');
  const createButton = canEdit ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
      {t.create}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {loading && !data ? (
        <Loading />
      ) : all.length === 0 ? (
        <EmptyHint icon={<IconUsers />} title={t.noTraineesTitle} description={t.noTraineesDescription} actions={createButton} />
      ) : (
        <>
          <TraineeFilters values={filters} groups={groups} organizations={organizations} onChange={setFilters} />
          {rows.length === 0 ? (
            <EmptyHint icon={<IconUsers />} title={t.emptyTitle} description={t.emptyDescription} />
          ) : (
            <TraineeTable rows={rows} />
          )}
          <Text c="dimmed" size="sm" mt="xs" data-testid="row-count">
            {t.shown(rows.length, all.length)}
          </Text>
        </>
      )}
      {creating && <TraineeForm onClose={() => setCreating(false)} />}
    </>
  );
}
