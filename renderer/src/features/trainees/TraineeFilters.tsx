import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { traineeTexts as t } from './texts.ts';

export interface TraineeFilterValues {
  group: string | null;
  organization: string | null;
  q: string;
}

export function TraineeFilters({
  values,
  groups,
  organizations,
  onChange,
}: {
  values: TraineeFilterValues;
  groups: string[];
  organizations: string[];
  onChange: (next: TraineeFilterValues) => void;
}) {
  return (
    <Group mb="md" gap="md" wrap="wrap">
      <Select
        aria-label={t.filters.group}
        placeholder={t.filters.group}
        data={groups}
        value={values.group}
        onChange={(group) => onChange({ ...values, group })}
        clearable
        w={140}
      />
      <Select
        aria-label={t.filters.organization}
        placeholder={t.filters.organization}
        data={organizations}
        value={values.organization}
        onChange={(organization) => onChange({ ...values, organization })}
        clearable
        searchable
        limit={200}
        w={240}
      />
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t.filters.search}
        aria-label={t.filters.search}
        value={values.q}
        onChange={(e) => onChange({ ...values, q: e.currentTarget.value })}
        w={260}
      />
    </Group>
  );
}
