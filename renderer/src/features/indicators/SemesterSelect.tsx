import { Select } from '@mantine/core';
import type { Semester } from '../../../../shared/domain/types.ts';
import { indicatorTexts as t } from './texts.ts';

export function SemesterSelect({ semesters, value, onChange }: { semesters: Semester[]; value: string | undefined; onChange(id: string): void }) {
  return (
    <Select
      label={t.semester}
      data={semesters.map((s) => ({ value: s.id, label: s.name }))}
      value={value ?? null}
      onChange={(id) => id && onChange(id)}
      allowDeselect={false}
      w={220}
    />
  );
}
