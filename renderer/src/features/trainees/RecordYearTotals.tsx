import { Table } from '@mantine/core';
import { useMemo } from 'react';
import type { TrainingRecord } from '../../../../shared/domain/types.ts';
import { formatHours } from '../../components/format.ts';
import { traineeTexts } from './texts.ts';

const t = traineeTexts.records;

/** Hours per calendar year, concentrated training and online self-study apart. */
export function RecordYearTotals({ rows }: { rows: TrainingRecord[] }) {
  const years = useMemo(() => {
    const by = new Map<string, { count: number; concentrated: number; online: number }>();
    for (const r of rows) {
      const y = r.date.slice(0, 4);
      const e = by.get(y) ?? { count: 0, concentrated: 0, online: 0 };
      e.count += 1;
      if (r.kind === 'concentrated') e.concentrated += r.hours;
      else e.online += r.hours;
      by.set(y, e);
    }
    return [...by.entries()].sort(([a], [b]) => b.localeCompare(a));
  }, [rows]);
  return (
    <Table verticalSpacing={4} aria-label={t.yearTotals} maw={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.year}</Table.Th>
          <Table.Th ta="right">{t.count}</Table.Th>
          <Table.Th ta="right">{t.concentrated}</Table.Th>
          <Table.Th ta="right">{t.online}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {years.map(([year, e]) => (
          <Table.Tr key={year}>
            <Table.Td>{year}</Table.Td>
            <Table.Td ta="right">{e.count}</Table.Td>
            <Table.Td ta="right">{formatHours(e.concentrated)}</Table.Td>
            <Table.Td ta="right">{formatHours(e.online)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
