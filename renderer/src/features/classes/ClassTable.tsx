import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { TrainingClass } from '../../../../shared/domain/types.ts';
import { commonTexts } from '../../components/texts.ts';
import { RecordTable, type ListTableProps } from '../../components/RecordTable.tsx';
import type { Column } from '../../components/VirtualTable.tsx';
import { ClassFlags } from './ClassFlags.tsx';
import { classTexts as t } from './texts.ts';

/** Classes, read a page at a time; a row opens the class with click or Enter; the name and date headers order the list. */
export function ClassTable({ semesterNames, ...props }: ListTableProps<TrainingClass> & { semesterNames: Map<string, string> }) {
  const columns = useMemo<Column<TrainingClass>[]>(
    () => [
      {
        key: 'name',
        header: t.columns.name,
        width: 'minmax(0, 2fr)',
        sortable: true,
        render: (c) => (
          <Text size="sm" truncate="end" title={c.name}>
            {c.name}
            <Text span c="dimmed" size="xs" ml={6}>
              {c.id}
            </Text>
          </Text>
        ),
      },
      { key: 'semester', header: t.columns.semester, width: 'minmax(0, 1fr)', render: (c) => semesterNames.get(c.semester) ?? c.semester },
      {
        key: 'start',
        header: t.columns.dates,
        width: '220px',
        sortable: true,
        render: (c) => (c.start && c.end ? `${c.start} 至 ${c.end}` : (c.start ?? c.end ?? commonTexts.none)),
      },
      { key: 'trainees', header: t.columns.trainees, width: '72px', align: 'right', render: (c) => c.traineeCount ?? commonTexts.none },
      { key: 'flags', header: t.columns.flags, width: '170px', render: (c) => <ClassFlags cls={c} /> },
    ],
    [semesterNames],
  );
  return <RecordTable {...props} label={t.title} route="/classes" columns={columns} />;
}
