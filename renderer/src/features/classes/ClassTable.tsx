import { Table } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { TrainingClass } from '../../../../shared/domain/types.ts';
import { RecordRow } from '../../components/RecordRow.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { commonTexts } from '../../components/texts.ts';
import type { Sort } from '../../components/VirtualTable.tsx';
import { ClassFlags } from './ClassFlags.tsx';
import { classTexts as t } from './texts.ts';

/** Classes; a row opens the class with click or Enter; the name and date headers order the list. */
export function ClassTable({
  rows,
  semesterNames,
  sort,
  onSort,
}: {
  rows: TrainingClass[];
  semesterNames: Map<string, string>;
  sort: Sort;
  onSort: (key: string) => void;
}) {
  const navigate = useNavigate();
  const open = (c: TrainingClass) => navigate(`/classes/${encodeURIComponent(c.id)}`);
  const sorted = (key: string, label: string) => (
    <Table.Th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
      <SortHeader label={label} direction={sort.key === key ? (sort.desc ? 'desc' : 'asc') : null} onClick={() => onSort(key)} />
    </Table.Th>
  );
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          {sorted('name', t.columns.name)}
          <Table.Th>{t.columns.semester}</Table.Th>
          {sorted('start', t.columns.dates)}
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
