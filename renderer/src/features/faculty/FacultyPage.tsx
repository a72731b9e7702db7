import { Tabs } from '@mantine/core';
import { IconUserStar } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import type { FacultyType } from '../../../../shared/domain/enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSearchFilters } from '../../components/use-search-filters.ts';
import { FacultyFilters, type FacultyFilterKey } from './FacultyFilters.tsx';
import { FacultyForm } from './FacultyForm.tsx';
import { FacultyTable } from './FacultyTable.tsx';
import { LeaderStats } from './LeaderStats.tsx';
import { facultyTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

/** 师资库: the pool (filtered, virtualized) and leading cadres' teaching statistics. */
export function FacultyPage() {
  const [filters, setFilter] = useSearchFilters<FacultyFilterKey | 'tab'>();
  const [creating, setCreating] = useState(false);
  const tab = filters.tab === 'leaders' ? 'leaders' : 'list';
  const list = useQuery(
    'faculty.list',
    {
      type: filters.type as FacultyType | undefined,
      organization: filters.org,
      tier: filters.tier,
      q: filters.q || undefined,
      limit: MAX_PAGE,
    },
    { enabled: tab === 'list' },
  );
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
          <FacultyFilters values={filters} onChange={setFilter} />
          <ListResult
            list={list}
            filtered={filtered}
            icon={<IconUserStar />}
            noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
            noneYet={{ title: t.noFacultyTitle, description: t.noFacultyDescription }}
            create={createButton}
          >
            {(rows) => <FacultyTable rows={rows} />}
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
