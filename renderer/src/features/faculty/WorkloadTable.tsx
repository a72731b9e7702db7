import { Table, Text } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { formatHours } from '../../components/format.ts';
import { facultyTexts } from './texts.ts';

const t = facultyTexts.workload;

export function WorkloadTable({ rows }: { rows: MethodOutput<'faculty.workload'> }) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t.empty}
      </Text>
    );
  return (
    <Table verticalSpacing={6} aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.semester}</Table.Th>
          <Table.Th ta="right">{t.classes}</Table.Th>
          <Table.Th ta="right">{t.sessions}</Table.Th>
          <Table.Th ta="right">{t.hours}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.semester}>
            <Table.Td>{r.semesterName}</Table.Td>
            <Table.Td ta="right">{r.classes}</Table.Td>
            <Table.Td ta="right">{r.sessions}</Table.Td>
            <Table.Td ta="right">{formatHours(r.hours)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
