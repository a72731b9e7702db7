import { Text } from '@mantine/core';
import { CATEGORY_LABELS, FORM_LABELS, METHOD_LABELS } from '../../../../shared/domain/enums.ts';
import type { Course } from '../../../../shared/domain/types.ts';
import { commonTexts } from '../../components/texts.ts';
import { RecordTable, type ListTableProps } from '../../components/RecordTable.tsx';
import type { Column } from '../../components/VirtualTable.tsx';
import { CourseBadges } from './CourseBadges.tsx';
import { courseTexts as t } from './texts.ts';

const columns: Column<Course>[] = [
  {
    key: 'title',
    header: t.columns.title,
    width: 'minmax(0, 3fr)',
    sortable: true,
    render: (c) => (
      <Text size="sm" truncate="end" title={c.title}>
        <Text span c="dimmed" size="xs" mr={6}>
          {c.id}
        </Text>
        {c.title}
      </Text>
    ),
  },
  { key: 'category', header: t.columns.category, width: '120px', render: (c) => (c.category ? CATEGORY_LABELS[c.category] : commonTexts.none) },
  { key: 'method', header: t.columns.method, width: '88px', render: (c) => (c.method ? METHOD_LABELS[c.method] : commonTexts.none) },
  { key: 'form', header: t.columns.form, width: '88px', render: (c) => (c.form ? FORM_LABELS[c.form] : commonTexts.none) },
  { key: 'first', header: t.columns.firstOffered, width: '112px', align: 'right', sortable: true, render: (c) => c.firstOfferedYear ?? commonTexts.none },
  { key: 'revised', header: t.columns.revised, width: '120px', render: (c) => (c.revisedYears.length ? c.revisedYears.join('、') : commonTexts.none) },
  { key: 'flags', header: t.columns.flags, width: '110px', render: (c) => <CourseBadges course={c} /> },
];

export function CourseTable(props: ListTableProps<Course>) {
  return <RecordTable {...props} label={t.title} route="/courses" columns={columns} />;
}
