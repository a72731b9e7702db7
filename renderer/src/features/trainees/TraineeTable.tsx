import { Badge } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { commonTexts } from '../../components/texts.ts';
import { VirtualTable, type Column } from '../../components/VirtualTable.tsx';
import { traineeTexts as t } from './texts.ts';

const columns: Column<Trainee>[] = [
  { key: 'name', header: t.columns.name, width: 'minmax(100px, 1fr)', render: (r) => r.name },
  { key: 'id', header: t.columns.id, width: '140px', render: (r) => r.id },
  { key: 'group', header: t.columns.group, width: '100px', render: (r) => r.group ?? commonTexts.none },
  { key: 'organization', header: t.columns.organization, width: 'minmax(0, 2fr)', render: (r) => r.organization ?? commonTexts.none },
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

export function TraineeTable({ rows }: { rows: Trainee[] }) {
  const navigate = useNavigate();
  return <VirtualTable label={t.title} rows={rows} columns={columns} rowKey={(r) => r.id} onOpen={(r) => navigate(`/trainees/${encodeURIComponent(r.id)}`)} />;
}
