import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { auditActionLabel, auditKindLabel } from '../../../../shared/domain/admin/audit-labels.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.audit;
type Entry = MethodOutput<'audit.list'>['rows'][number];

/** One page of the audit log, newest first; a click opens the entry's values. */
export function AuditTable({ rows, onOpen }: { rows: Entry[]; onOpen: (e: Entry) => void }) {
  return (
    <Table striped highlightOnHover withTableBorder aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>{t.columns.at}</Table.Th>
          <Table.Th>{t.columns.user}</Table.Th>
          <Table.Th>{t.columns.action}</Table.Th>
          <Table.Th>{t.columns.kind}</Table.Th>
          <Table.Th>{t.columns.recordId}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e) => (
          <Table.Tr key={e.id} onClick={() => onOpen(e)} style={{ cursor: 'pointer' }}>
            <Table.Td>{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
            <Table.Td>{e.username}</Table.Td>
            <Table.Td>{auditActionLabel(e.method)}</Table.Td>
            <Table.Td>{auditKindLabel(e.kind)}</Table.Td>
            <Table.Td>
              <Text size="sm" truncate="end" maw={280}>
                {e.recordId ?? '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
