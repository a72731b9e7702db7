import { Badge, Button, Table } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { BACKUP_REASON_LABELS } from '../../../../shared/api/methods/backup.ts';
import { backupTimeLabel } from '../../../../shared/domain/admin/backup-time.ts';
import { formatBytes } from '../../../../shared/domain/admin/file-size.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.backups;
type Backup = MethodOutput<'backup.list'>['backups'][number];

const REASON_COLORS: Record<Backup['reason'], string> = {
  daily: 'blue',
  manual: 'teal',
  'pre-import': 'grape',
  'pre-migration': 'orange',
  'pre-restore': 'gray',
};

/** The backups, newest first; 恢复 on a row when the user may restore. */
export function BackupTable({ backups, onRestore }: { backups: Backup[]; onRestore: ((b: Backup) => void) | undefined }) {
  const [now] = useState(() => new Date());
  return (
    <Table striped highlightOnHover withTableBorder aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.columns.time}</Table.Th>
          <Table.Th>{t.columns.kind}</Table.Th>
          <Table.Th ta="right">{t.columns.size}</Table.Th>
          <Table.Th>{t.columns.file}</Table.Th>
          {onRestore && <Table.Th>{t.columns.actions}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => (
          <Table.Tr key={b.name}>
            <Table.Td>{backupTimeLabel(b.takenAt, now)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={REASON_COLORS[b.reason]}>
                {BACKUP_REASON_LABELS[b.reason]}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{formatBytes(b.bytes)}</Table.Td>
            <Table.Td c="dimmed" fz="xs">
              {b.name}
            </Table.Td>
            {onRestore && (
              <Table.Td>
                <Button size="compact-sm" variant="light" leftSection={<IconRestore size={14} />} onClick={() => onRestore(b)}>
                  {t.restore}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
