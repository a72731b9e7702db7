import { Table } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { TrainingClass } from '../../../../shared/domain/types.ts';
import { RecordRow } from '../../components/RecordRow.tsx';
import { commonTexts } from '../../components/texts.ts';
import { ClassFlags } from './ClassFlags.tsx';
import { classTexts as t } from './texts.ts';

/** Classes; a row opens the class with click or Enter. */
export function ClassTable({ rows, semesterNames }: { rows: TrainingClass[]; semesterNames: Map<string, string> }) {
  const navigate = useNavigate();
  const open = (c: TrainingClass) => navigate(`/classes/${encodeURIComponent(c.id)}`);
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.columns.name}</Table.Th>
          <Table.Th>{t.columns.semester}</Table.Th>
          <Table.Th>{t.columns.dates}</Table.Th>
          <Table.Th ta="right">{t.columns.trainees}</Table.Th>
          <Table.Th>{t.columns.flags}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <RecordRow key={c.id} name={c.name} id={c.id} onOpen={() => open(c)}>
            <Table.Td>{semesterNames.get(c.semester) ?? c.semester}</Table.Td>
            <Table.Td>{c.start && c.end ? `${c.start} 至 ${c.end}` : (c.start ?? c.end ?? commonTexts.none)}</Table.Td>
            <Table.Td ta="right">{c.traineeCount ?? commonTexts.none}</Table.Td>
            <Table.Td>
              <ClassFlags cls={c} />
            </Table.Td>
          </RecordRow>
        ))}
      </Table.Tbody>
    </Table>
  );
}
