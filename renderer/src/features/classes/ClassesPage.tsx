import { Group, Paper } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { CreateButton } from '../../components/CreateButton.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { FlagFilter } from '../../components/FlagFilter.tsx';
import { ListResult } from '../../components/ListResult.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { flagParam, useSearchFilters } from '../../components/use-search-filters.ts';
import { useSemesters } from '../../lookups/use-lookups.ts';
import { ClassForm } from './ClassForm.tsx';
import { ClassTable } from './ClassTable.tsx';
import { classTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

type Filter = 'semester' | 'main' | 'party' | 'q';

/** 班次: every class, filtered by semester, main and party-spirit flags, and a search. */
export function ClassesPage() {
  const [filters, setFilter] = useSearchFilters<Filter>();
  const [creating, setCreating] = useState(false);
  const semesters = useSemesters();
  const semesterNames = useMemo(() => new Map(semesters.map((s) => [s.id, s.name])), [semesters]);
  const list = useQuery('classes.list', {
    semester: filters.semester,
    isMain: flagParam(filters.main),
    isPartySpirit: flagParam(filters.party),
    q: filters.q || undefined,
    limit: MAX_PAGE,
  });
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
        list={list}
        filtered={filtered}
        icon={<IconSchool />}
        noMatch={{ title: t.emptyTitle, description: t.emptyDescription }}
        noneYet={{ title: t.noClassesTitle, description: t.noClassesDescription }}
        create={createButton}
      >
        {(rows) => (
          <Paper withBorder>
            <ClassTable rows={rows} semesterNames={semesterNames} />
          </Paper>
        )}
      </ListResult>
      {creating && <ClassForm semester={filters.semester} onClose={() => setCreating(false)} />}
    </>
  );
}
