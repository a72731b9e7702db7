import { Checkbox, Group } from '@mantine/core';
import { useMemo } from 'react';
import { CATEGORIES, CATEGORY_LABELS, METHOD_LABELS, METHODS } from '../../../../shared/domain/enums.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { FlagFilter } from '../../components/FlagFilter.tsx';
import { SearchInput } from '../../components/SearchInput.tsx';
import { useSemesters } from '../../lookups/use-lookups.ts';
import { courseTexts as t } from './texts.ts';

export type CourseFilterKey = 'category' | 'method' | 'case' | 'first' | 'renewed' | 'retired' | 'q';

/** The course catalog's filter bar; values live in the address (see useSearchFilters). */
export function CourseFilters({
  values,
  years: catalogYears,
  onChange,
}: {
  values: Partial<Record<CourseFilterKey, string>>;
  /** The catalog's own years, from courses.facets; undefined while it is read. */
  years: number[] | undefined;
  onChange: (key: CourseFilterKey, value: string | null) => void;
}) {
  const semesters = useSemesters();
  // Years worth offering: this year, the semesters' and the catalog's own, newest first.
  const years = useMemo(
    () => [...new Set([new Date().getFullYear(), ...semesters.map((s) => s.year), ...(catalogYears ?? [])])].sort((a, b) => b - a).map(String),
    [catalogYears, semesters],
  );

  return (
    <Group mb="md" gap="md" wrap="wrap" align="center">
      <FilterSelect
        label={t.filters.category}
        data={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
        value={values.category}
        onChange={(v) => onChange('category', v)}
        w={150}
      />
      <FilterSelect
        label={t.filters.method}
        data={METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
        value={values.method}
        onChange={(v) => onChange('method', v)}
        w={130}
      />
      <FilterSelect
        label={t.filters.firstOfferedYear}
        data={years}
        value={values.first}
        onChange={(v) => onChange('first', v)}
        w={150}
      />
      <FilterSelect
        label={t.filters.renewedYear}
        data={years}
        value={values.renewed}
        onChange={(v) => onChange('renewed', v)}
        w={160}
      />
      <FlagFilter label={t.filters.isCase} value={values.case ?? ''} onChange={(v) => onChange('case', v)} />
      <Checkbox
        label={t.filters.includeRetired}
        checked={values.retired === '1'}
        onChange={(e) => onChange('retired', e.currentTarget.checked ? '1' : null)}
      />
      <SearchInput value={values.q ?? ''} onChange={(q) => onChange('q', q)} placeholder={t.filters.search} />
    </Group>
  );
}
