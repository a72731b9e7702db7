import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconSchool, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { FlagFilter } from '../../components/FlagFilter.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { commonTexts } from '../../components/texts.ts';
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
  const { data, error, loading, refetch } = useQuery('classes.list', {
    semester: filters.semester,
    isMain: flagParam(filters.main),
    isPartySpirit: flagParam(filters.party),
    q: filters.q || undefined,
    limit: MAX_PAGE,
  });
  const filtered = Boolean(filters.semester || filters.main || filters.party || filters.q);

  const canEdit = useCan('classes.create');
  const createButton = canEdit ? (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
      {t.create}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={createButton} />
      <Group mb="md" gap="lg" wrap="wrap">
        <Select
          aria-label={t.filters.semester}
          placeholder={t.filters.allSemesters}
          data={semesters.map((s) => ({ value: s.id, label: s.name }))}
          value={filters.semester ?? null}
          onChange={(v) => setFilter('semester', v)}
          clearable
          w={200}
        />
        <FlagFilter label={t.filters.main} value={filters.main ?? ''} onChange={(v) => setFilter('main', v)} />
        <FlagFilter label={t.filters.partySpirit} value={filters.party ?? ''} onChange={(v) => setFilter('party', v)} />
        <SearchInput value={filters.q ?? ''} onChange={(q) => setFilter('q', q)} placeholder={t.filters.search} />
      </Group>
      {error && <QueryError error={error} onRetry={refetch} />}
      {loading && !data ? (
        <Loading />
      ) : data && data.rows.length === 0 ? (
        filtered ? (
          <EmptyHint icon={<IconSchool />} title={t.emptyTitle} description={t.emptyDescription} />
        ) : (
          <EmptyHint icon={<IconSchool />} title={t.noClassesTitle} description={t.noClassesDescription} actions={createButton} />
        )
      ) : (
        data && (
          <>
            <Paper withBorder>
              <ClassTable rows={data.rows} semesterNames={semesterNames} />
            </Paper>
            <Text c="dimmed" size="sm" mt="xs">
              {commonTexts.rows(data.rows.length, data.total)}
            </Text>
          </>
        )
      )}
      {creating && <ClassForm semester={filters.semester} onClose={() => setCreating(false)} />}
    </>
  );
}
