import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { BACKUP_REASON_LABELS } from '../../../../shared/api/methods/backup.ts';
import { formatBytes, formatTakenAt } from './format.ts';
import type { RecoveryStatus } from './RecoveryScreen.tsx';
import { recoveryTexts as t } from './texts.ts';

/** The store's own backups, newest first; restoring one asks first. */
export function BackupChoice({ status, busy, onRestore }: { status: RecoveryStatus; busy: boolean; onRestore: (name: string) => void }) {
  const confirm = (name: string, takenAt: string) =>
    modals.openConfirmModal({
      title: t.confirmTitle,
      children: <Text size="sm">{t.confirmBody(name, formatTakenAt(takenAt))}</Text>,
      labels: { confirm: t.confirm, cancel: t.cancel },
      confirmProps: { 'data-autofocus': true },
      onConfirm: () => onRestore(name),
    });
  return (
    <Stack gap="xs">
      <Text size="sm">{t.backupsHint}</Text>
      <Text size="xs" c="dimmed">
        {t.backupsFolder}：<Code>{status.backupsFolder}</Code>
      </Text>
      {status.backups.length === 0 ? (
        <Text c="dimmed">{t.noBackups}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560} maxHeight={280}>
          <Table striped highlightOnHover stickyHeader aria-label={t.backupsTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.columns.takenAt}</Table.Th>
                <Table.Th>{t.columns.kind}</Table.Th>
                <Table.Th ta="right">{t.columns.size}</Table.Th>
                <Table.Th>{t.columns.action}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.backups.map((b) => (
                <Table.Tr key={b.name} title={b.name}>
                  <Table.Td>{formatTakenAt(b.takenAt)}</Table.Td>
                  <Table.Td>{BACKUP_REASON_LABELS[b.reason]}</Table.Td>
                  <Table.Td ta="right">{formatBytes(b.bytes)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" disabled={busy} onClick={() => confirm(b.name, b.takenAt)}>
                      {t.restore}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
