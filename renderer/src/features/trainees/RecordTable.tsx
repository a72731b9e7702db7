import { Table } from '@mantine/core';
import { ORGANIZER_LEVEL_LABELS, RECORD_KIND_LABELS } from '../../../../shared/domain/enums.ts';
import type { TrainingRecord } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { traineeTexts } from './texts.ts';
import { RouteLink } from '../../components/RouteLink.tsx';

const t = traineeTexts.records;

export function RecordTable({ rows, classNames }: { rows: TrainingRecord[]; classNames: Map<string, string> }) {
  return (
    <Table striped verticalSpacing={4} aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t.date}</Table.Th>
          <Table.Th w={100}>{t.kind}</Table.Th>
          <Table.Th w={70} ta="right">
            {t.hours}
          </Table.Th>
          <Table.Th w={70} ta="right">
            {t.days}
          </Table.Th>
          <Table.Th w={60}>{t.fullTime}</Table.Th>
          <Table.Th w={80}>{t.theory}</Table.Th>
          <Table.Th w={90}>{t.organizer}</Table.Th>
          <Table.Th>{t.className}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.date}</Table.Td>
            <Table.Td>{RECORD_KIND_LABELS[r.kind]}</Table.Td>
            <Table.Td ta="right">{formatHours(r.hours)}</Table.Td>
            <Table.Td ta="right">{r.days ? formatHours(r.days) : commonTexts.none}</Table.Td>
            <Table.Td>{r.fullTime ? traineeTexts.yes : traineeTexts.no}</Table.Td>
            <Table.Td>{r.theory ? traineeTexts.yes : traineeTexts.no}</Table.Td>
            <Table.Td>{r.organizerLevel ? ORGANIZER_LEVEL_LABELS[r.organizerLevel] : commonTexts.none}</Table.Td>
            <Table.Td>
              {r.class ? <RouteLink to={`/classes/${encodeURIComponent(r.class)}`}>{classNames.get(r.class) ?? r.class}</RouteLink> : commonTexts.none}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
