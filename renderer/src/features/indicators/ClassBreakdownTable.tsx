import { Badge, Table } from '@mantine/core';
import type { ClassBreakdown } from '../../../../shared/domain/indicators/types.ts';
import { formatHours } from '../../components/format.ts';
import { showFigure } from './format.ts';
import { indicatorTexts as t } from './texts.ts';

/** The classes behind a figure, those pulling it down most first; a row opens its sessions. */
export function ClassBreakdownTable({ classes, shape, onOpen }: { classes: ClassBreakdown[]; shape: 'ratio' | 'hours'; onOpen(klass: string): void }) {
  const c = t.drill.columns;
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t.drill.classes}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{c.class}</Table.Th>
          <Table.Th ta="right">{c.numerator}</Table.Th>
          <Table.Th ta="right">{c.denominator}</Table.Th>
          <Table.Th ta="right">{c.value}</Table.Th>
          <Table.Th ta="right">{c.shortfall}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {classes.map((k) => (
          <Table.Tr key={k.class} style={{ cursor: 'pointer' }} onClick={() => onOpen(k.class)} data-testid={`breakdown-${k.class}`}>
            <Table.Td>
              {k.name}
              {k.isMain && (
                <Badge size="xs" variant="outline" ml={6}>
                  {c.main}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatHours(k.numerator)}</Table.Td>
            <Table.Td ta="right">{formatHours(k.denominator)}</Table.Td>
            <Table.Td ta="right">{k.value === undefined ? '—' : showFigure(shape, k.value)}</Table.Td>
            <Table.Td ta="right" c={k.shortfall > 1e-9 ? 'red.7' : 'dimmed'}>
              {k.shortfall > 1e-9 ? `${formatHours(k.shortfall)} 学时` : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
