import { Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FACULTY_TYPE_LABELS, FACULTY_TYPES, type FacultyType } from '../../../../shared/domain/enums.ts';
import type { Faculty } from '../../../../shared/domain/types.ts';
import { sortedNames } from '../../../../shared/domain/name-order.ts';
import { plannerTexts as t } from './texts.ts';

interface Props {
  faculty: Faculty[];
  value: string[];
  onChange(ids: string[]): void;
  error?: string;
}

/**
 * One or more lecturers from the faculty pool. Typing searches name, type and department together (every
 * option's label holds all three); the two filters narrow a long pool first. Chosen lecturers always stay
 * listed, whatever the filters.
 */
export function LecturerPicker({ faculty, value, onChange, error }: Props) {
  const [type, setType] = useState<FacultyType | null>(null);
  const [dept, setDept] = useState<string | null>(null);
  const depts = useMemo(() => sortedNames(faculty.flatMap((f) => (f.organization ? [f.organization] : []))), [faculty]);
  const data = useMemo(
    () =>
      faculty
        .filter((f) => value.includes(f.id) || ((!type || f.type === type) && (!dept || f.organization === dept)))
        .map((f) => ({
          value: f.id,
          label: `${f.name}（${FACULTY_TYPE_LABELS[f.type]}${f.organization ? `·${f.organization}` : ''}${f.tier ? `·${f.tier}` : ''}）`,
        })),
    [faculty, value, type, dept],
  );
  return (
    <Stack gap={6}>
      <MultiSelect
        label={t.lecturers}
        placeholder={value.length === 0 ? t.lecturersPlaceholder : undefined}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={260}
        nothingFoundMessage="—"
        error={error}
        data-testid="lecturer-picker"
      />
      <Group gap="xs" grow>
        <Select
          size="xs"
          aria-label={t.lecturerType}
          placeholder={t.anyType}
          data={FACULTY_TYPES.map((v) => ({ value: v, label: FACULTY_TYPE_LABELS[v] }))}
          value={type}
          onChange={(v) => setType(v as FacultyType | null)}
          clearable
        />
        <Select size="xs" aria-label={t.lecturerDept} placeholder={t.anyDept} data={depts} value={dept} onChange={setDept} clearable searchable />
      </Group>
      {value.length > 1 && (
        <Text size="xs" c="dimmed">
          {t.lecturerSplit}
        </Text>
      )}
    </Stack>
  );
}
