import { Group } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { CLASS_SORTS } from '../../../../shared/api/methods/crud.ts';
import { usePagedList } from '../../api/use-paged-list.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { FlagFilter } from '../../components/FlagFilter.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { listSort } from '../../components/list-sort.ts';
import { flagParam, useSearchFilters } from '../../components/use-search-filters.ts';
import { useSemesters } from '../../lookups/use-lookups.ts';
import { ClassForm } from './ClassForm.tsx';
import { ClassTable } from './ClassTable.tsx';
import { classTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

type Filter = 'semester' | 'main' | 'party' | 'q' | 'sort';

/**
 * 班次: every class, read from the store a page at a time as the list scrolls; filtered by semester, main and
 * party-spirit flags, and a search; by start date, or by name in pinyin order (all in the store).
 */
export function ClassesPage() {
  const [filters, setFilter] = useSearchFilters<Filter>();
  const [creating, setCreating] = useState(false);
  const semesters = useSemesters();
  const semesterNames = useMemo(() => new Map(semesters.map((s) => [s.id, s.name])), [semesters]);
  const { sort, onSort } = listSort(CLASS_SORTS, 'start', filters.sort, setFilter);
  const query = {
    semester: filters.semester,
    isMain: flagParam(filters.main),
    isPartySpirit: flagParam(filters.party),
    q: filters.q || undefined,
    sort: sort.key,
    desc: sort.desc,
  };
  const list = usePagedList('classes.list', query);
  const filtered = Boolean(filters.semester || filters.main || filters.party || filters.q);

  const canEdit = useCan('classes.create');
  const createButton = canEdit ? <CreateButton label={t.create} onClick={() => setCreating(true)} /> : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <Group mb="md" gap="lg" wrap="wrap">
        <FilterSelect
          label={t.filters.semester}
          placeholder={t.filters.allSemesters}
          data={semesters.map((s) => ({ value: s.id, label: s.name }))}
          value={filters.semester}
          onChange={(v) => setFilter('semester', v)}
          w={200}
        />
        <FlagFilter label={t.filters.main} value={filters.main ?? ''} onChange={(v) => setFilter('main', v)} />
        <FlagFilter label={t.filters.partySpirit} value={filters.party ?? ''} onChange={(v) => setFilter('party', v)} />
        <SearchInput value={filters.q ?? ''} onChange={(q) => setFilter('q', q)} placeholder={t.filters.search} />
      </Group>
      <ListResult
        total={list.total}
        error={list.error}
        onRetry={list.refetch}
        filtered={filtered}
        icon={<IconSchool />}
        noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
        noneYet={{ title: t.noClassesTitle, description: t.noClassesDescription }}
        create={createButton}
      >
        <ClassTable rows={list.rows} semesterNames={semesterNames} sort={sort} onSort={onSort} resetKey={JSON.stringify(query)} />
      </ListResult>
      {creating && <ClassForm semester={filters.semester} onClose={() => setCreating(false)} />}
    </>
  );
}
