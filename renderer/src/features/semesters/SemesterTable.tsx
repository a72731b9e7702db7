import { ActionIcon, Badge, Group, Table, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { z } from 'zod';
import type { semesterSummarySchema } from '../../../../shared/api/methods/catalog.ts';
import { formatHours } from '../../components/format.ts';
import { RecordRow } from '../../components/RecordRow.tsx';
import { commonTexts } from '../../components/texts.ts';
import { semesterTexts as t } from './texts.ts';

export type SemesterSummary = z.output<typeof semesterSummarySchema>;

/** The semesters with their totals; a row opens with click or Enter. */
export function SemesterTable({
  rows,
  onOpen,
  onEdit,
  onDelete,
}: {
  rows: SemesterSummary[];
  onOpen: (s: SemesterSummary) => void;
  onEdit?: (s: SemesterSummary) => void;
  onDelete?: (s: SemesterSummary) => void;
}) {
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.columns.name}</Table.Th>
          <Table.Th>{t.columns.year}</Table.Th>
          <Table.Th>{t.columns.dates}</Table.Th>
          <Table.Th ta="right">{t.columns.classes}</Table.Th>
          <Table.Th ta="right">{t.columns.main}</Table.Th>
          <Table.Th ta="right">{t.columns.sessions}</Table.Th>
          <Table.Th ta="right">{t.columns.hours}</Table.Th>
          {(onEdit || onDelete) && <Table.Th w={100}>{t.columns.actions}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((s) => (
          <RecordRow key={s.id} name={s.name} id={s.id} onOpen={() => onOpen(s)}>
            <Table.Td>{s.year}</Table.Td>
            <Table.Td>
              {s.start} 至 {s.end}
            </Table.Td>
            <Table.Td ta="right">{s.classes}</Table.Td>
            <Table.Td ta="right">
              <Badge variant="light" color={s.mainClasses > 0 ? 'blue' : 'gray'}>
                {s.mainClasses}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{s.sessions}</Table.Td>
            <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
            {(onEdit || onDelete) && (
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Group gap={4} wrap="nowrap">
                  {onEdit && (
                    <Tooltip label={commonTexts.edit}>
                      <ActionIcon variant="subtle" aria-label={`${commonTexts.edit} ${s.name}`} onClick={() => onEdit(s)}>
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  {onDelete && (
                    <Tooltip label={commonTexts.delete}>
                      <ActionIcon variant="subtle" color="red" aria-label={`${commonTexts.delete} ${s.name}`} onClick={() => onDelete(s)}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            )}
          </RecordRow>
        ))}
      </Table.Tbody>
    </Table>
  );
}
