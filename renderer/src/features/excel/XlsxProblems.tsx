import { Badge, ScrollArea, Table } from '@mantine/core';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { excelTexts as t } from './texts.ts';

type Problem = MethodOutput<'xlsx.preview'>['problems'][number];

/** Every problem of a workbook by sheet, row and column, in the order a user fixes them. */
export function XlsxProblems({ problems }: { problems: Problem[] }) {
  const sorted = [...problems].sort((a, b) => a.sheet.localeCompare(b.sheet, 'zh-CN') || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Table striped verticalSpacing={4} fz="sm" data-testid="xlsx-problems" aria-label={t.reason}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t.sheet}</Table.Th>
            <Table.Th w={50}>{t.row}</Table.Th>
            <Table.Th w={120}>{t.column}</Table.Th>
            <Table.Th w={140}>{t.value}</Table.Th>
            <Table.Th>{t.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td>{p.sheet ? <Badge variant="light">{p.sheet}</Badge> : '—'}</Table.Td>
              <Table.Td>{p.row ?? t.whole}</Table.Td>
              <Table.Td>{p.column ? `${p.column}（${p.header}）` : (p.header ?? '—')}</Table.Td>
              <Table.Td>{p.value ?? ''}</Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
