import { Group } from '@mantine/core';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { traineeTexts as t } from './texts.ts';

export type TraineeFilterKey = 'group' | 'org' | 'q';

/** The trainee list's filter bar: the groups and work units offered are those of every trainee in the store (units in pinyin order). */
export function TraineeFilters({
  values,
  facets,
  onChange,
}: {
  values: Partial<Record<TraineeFilterKey, string>>;
  /** From trainees.facets; undefined while it is read. */
  facets: { groups: string[]; organizations: string[] } | undefined;
  onChange: (key: TraineeFilterKey, value: string | null) => void;
}) {
  return (
    <Group mb="md" gap="md" wrap="wrap">
      <FilterSelect
        label={t.filters.group}
        data={facets?.groups ?? []}
        value={values.group}
        onChange={(v) => onChange('group', v)}
        w={140}
      />
      <FilterSelect
        label={t.filters.organization}
        data={facets?.organizations ?? []}
        value={values.org}
        onChange={(v) => onChange('org', v)}
        searchable
        limit={200}
        w={240}
      />
      <SearchInput value={values.q ?? ''} onChange={(q) => onChange('q', q)} placeholder={t.filters.search} />
    </Group>
  );
}
