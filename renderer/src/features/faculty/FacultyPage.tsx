import { Tabs } from '@mantine/core';
import { IconUserStar } from '@tabler/icons-react';
import { useState } from 'react';
import { FACULTY_SORTS } from '../../../../shared/api/methods/crud.ts';
import type { FacultyType } from '../../../../shared/domain/enums.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { listSort } from '../../components/list-sort.ts';
import { useSearchFilters } from '../../components/use-search-filters.ts';
import { FacultyFilters, type FacultyFilterKey } from './FacultyFilters.tsx';
import { FacultyForm } from './FacultyForm.tsx';
import { FacultyTable } from './FacultyTable.tsx';
import { LeaderStats } from './LeaderStats.tsx';
import { facultyTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

/**
 * 师资库: the pool, read from the store a page at a time as the list scrolls (search, filters and order,
 * names in pinyin order, applied by the store and kept in the address), and leading cadres' statistics.
 */
export function FacultyPage() {
  const [filters, setFilter] = useSearchFilters<FacultyFilterKey | 'tab' | 'sort'>();
  const [creating, setCreating] = useState(false);
  const tab = filters.tab === 'leaders' ? 'leaders' : 'list';
  const { sort, onSort } = listSort(FACULTY_SORTS, 'id', filters.sort, setFilter);
  const query = {
    type: filters.type as FacultyType | undefined,
    organization: filters.org,
    tier: filters.tier,
    q: filters.q || undefined,
    sort: sort.key,
    desc: sort.desc,
  };
  const list = usePagedList('faculty.list', query);
  const facets = useQuery('faculty.facets', {}, { enabled: tab === 'list' });
  const error = list.error ?? facets.error;
  const filtered = Boolean(filters.type || filters.org || filters.tier || filters.q);

  const canEdit = useCan('faculty.create');
  const createButton = canEdit ? <CreateButton label={t.create} onClick={() => setCreating(true)} /> : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <Tabs value={tab} onChange={(v) => setFilter('tab', v === 'leaders' ? v : null)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list">{t.tabs.list}</Tabs.Tab>
          <Tabs.Tab value="leaders">{t.tabs.leaders}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <FacultyFilters values={filters} facets={facets.data} onChange={setFilter} />
          <ListResult
            total={list.total}
            error={error}
            onRetry={() => (list.refetch(), facets.refetch())}
            filtered={filtered}
            icon={<IconUserStar />}
            noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
            noneYet={{ title: t.noFacultyTitle, description: t.noFacultyDescription }}
            create={createButton}
          >
            <FacultyTable rows={list.rows} sort={sort} onSort={onSort} resetKey={JSON.stringify(query)} />
          </ListResult>
        </Tabs.Panel>
        <Tabs.Panel value="leaders">
          <LeaderStats />
        </Tabs.Panel>
      </Tabs>
      {creating && <FacultyForm onClose={() => setCreating(false)} />}
    </>
  );
}
