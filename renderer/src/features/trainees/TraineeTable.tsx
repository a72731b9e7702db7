import { Badge } from '@mantine/core';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { commonTexts } from '../../components/texts.ts';
import { RecordTable, type ListTableProps } from '../../components/RecordTable.tsx';
import type { Column } from '../../components/VirtualTable.tsx';
import { traineeTexts as t } from './texts.ts';

const columns: Column<Trainee>[] = [
  { key: 'name', header: t.columns.name, width: 'minmax(100px, 1fr)', sortable: true, render: (r) => r.name },
  { key: 'id', header: t.columns.id, width: '140px', sortable: true, render: (r) => r.id },
  { key: 'group', header: t.columns.group, width: '110px', sortable: true, render: (r) => r.group ?? commonTexts.none },
  { key: 'organization', header: t.columns.organization, width: 'minmax(0, 2fr)', sortable: true, render: (r) => r.organization ?? commonTexts.none },
  {
    key: 'exempt',
    header: t.columns.exempt,
    width: '100px',
    render: (r) =>
      r.exempt ? (
        <Badge variant="light" color="gray">
          {t.exemptBadge}
        </Badge>
      ) : null,
  },
];

export function TraineeTable(props: ListTableProps<Trainee>) {
  return <RecordTable {...props} label={t.title} route="/trainees" columns={columns} />;
}
