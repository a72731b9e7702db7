import { Group } from '@mantine/core';
import { FACULTY_TYPE_LABELS, FACULTY_TYPES } from '../../../../shared/domain/enums.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { facultyTexts as t } from './texts.ts';

export type FacultyFilterKey = 'type' | 'org' | 'tier' | 'q';

/** The faculty pool's filter bar: department and tier offer the values the whole pool holds (in pinyin order). */
export function FacultyFilters({
  values,
  facets,
  onChange,
}: {
  values: Partial<Record<FacultyFilterKey, string>>;
  /** From faculty.facets; undefined while it is read. */
  facets: { organizations: string[]; tiers: string[] } | undefined;
  onChange: (key: FacultyFilterKey, value: string | null) => void;
}) {
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
        data={facets?.organizations ?? []}
        value={values.org}
        onChange={(v) => onChange('org', v)}
        searchable
        w={220}
      />
      <FilterSelect
        label={t.filters.tier}
        data={facets?.tiers ?? []}
        value={values.tier}
        onChange={(v) => onChange('tier', v)}
        nothingFoundMessage={t.filters.noTiers}
        w={130}
      />
      <SearchInput value={values.q ?? ''} onChange={(q) => onChange('q', q)} placeholder={t.filters.search} />
    </Group>
  );
}
