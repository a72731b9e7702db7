import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table row for one record: its name over its id in the first cell, then `children`; a click or Enter
 * on the row opens the record (Enter on a button inside the row is that button's).
 */
export function RecordRow({ name, id, onOpen, children }: { name: string; id: string; onOpen: () => void; children: ReactNode }) {
  return (
    <Table.Tr tabIndex={0} style={{ cursor: 'pointer' }} onClick={onOpen} onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && onOpen()}>
      <Table.Td>
        <Text fw={500} size="sm">
          {name}
        </Text>
        <Text c="dimmed" size="xs">
          {id}
        </Text>
      </Table.Td>
      {children}
    </Table.Tr>
  );
}
