import { Badge, Text } from '@mantine/core';
import { FACULTY_TYPE_LABELS } from '../../../../shared/domain/enums.ts';
import type { Faculty } from '../../../../shared/domain/types.ts';
import { commonTexts } from '../../components/texts.ts';
import { RecordTable, type ListTableProps } from '../../components/RecordTable.tsx';
import type { Column } from '../../components/VirtualTable.tsx';
import { facultyTexts as t } from './texts.ts';

const columns: Column<Faculty>[] = [
  {
    key: 'name',
    header: t.columns.name,
    width: 'minmax(140px, 1.2fr)',
    sortable: true,
    render: (f) => (
      <Text size="sm" truncate="end">
        {f.name}
        <Text span c="dimmed" size="xs" ml={6}>
          {f.id}
        </Text>
      </Text>
    ),
  },
  {
    key: 'type',
    header: t.columns.type,
    width: '130px',
    render: (f) => (
      <Badge variant="light" color={f.type === 'leader' ? 'red' : f.type === 'fulltime' ? 'blue' : 'gray'}>
        {FACULTY_TYPE_LABELS[f.type]}
      </Badge>
    ),
  },
  { key: 'title', header: t.columns.title, width: 'minmax(0, 1fr)', render: (f) => f.title ?? commonTexts.none },
  { key: 'organization', header: t.columns.organization, width: 'minmax(0, 2fr)', sortable: true, render: (f) => f.organization ?? commonTexts.none },
  { key: 'tier', header: t.columns.tier, width: '100px', render: (f) => f.tier ?? commonTexts.none },
];

export function FacultyTable(props: ListTableProps<Faculty>) {
  return <RecordTable {...props} label={t.title} route="/faculty" columns={columns} />;
}
