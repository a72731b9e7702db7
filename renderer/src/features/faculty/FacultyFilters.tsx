import { Group } from '@mantine/core';
import { useMemo } from 'react';
import { FACULTY_TYPE_LABELS, FACULTY_TYPES } from '../../../../shared/domain/enums.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { useFacultyMap } from '../../lookups/use-lookups.ts';
import { facultyTexts as t } from './texts.ts';

export type FacultyFilterKey = 'type' | 'org' | 'tier' | 'q';

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

/** The faculty pool's filter bar: type, department and tier offer the values the pool holds. */
export function FacultyFilters({
  values,
  onChange,
}: {
  values: Partial<Record<FacultyFilterKey, string>>;
  onChange: (key: FacultyFilterKey, value: string | null) => void;
}) {
  const all = useFacultyMap();
  const organizations = useMemo(() => distinct([...all.values()].map((f) => f.organization)), [all]);
  const tiers = useMemo(() => distinct([...all.values()].map((f) => f.tier)), [all]);
  return (
    <Group mb="md" gap="md" wrap="wrap">
      <FilterSelect
        label={t.filters.type}
        data={FACULTY_TYPES.map((k) => ({ value: k, label: FACULTY_TYPE_LABELS[k] }))}
        value={values.type}
        onChange={(v) => onChange('type', v)}
        w={150}
      />
      <FilterSelect
        label={t.filters.organization}
        data={organizations}
        value={values.org}
        onChange={(v) => onChange('org', v)}
        searchable
        w={220}
      />
      <FilterSelect
        label={t.filters.tier}
        data={tiers}
        value={values.tier}
        onChange={(v) => onChange('tier', v)}
        nothingFoundMessage={t.filters.noTiers}
        w={130}
      />
      <SearchInput value={values.q ?? ''} onChange={(q) => onChange('q', q)} placeholder={t.filters.search} />
    </Group>
  );
}
