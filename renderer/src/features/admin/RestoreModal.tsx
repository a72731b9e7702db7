import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { BACKUP_REASON_LABELS } from '../../../../shared/api/methods/backup.ts';
import { backupTimeLabel } from '../../../../shared/domain/admin/backup-time.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { notifyError } from '../../components/notify.ts';
import { undoStack } from '../../undo/undo-stack.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.restore;
type Backup = MethodOutput<'backup.list'>['backups'][number];

/**
 * Says what a restore does, then restores. Every open query reads again after it (it is a write), and
 * the undo history is cleared: its entries describe data that the restore replaced.
 */
export function RestoreModal({ backup, onClose }: { backup: Backup; onClose: () => void }) {
  const restore = useMutation('backup.restore');
  const [time] = useState(() => backupTimeLabel(backup.takenAt, new Date()));

  const run = async () => {
    try {
      const done = await restore.run({ name: backup.name });
      undoStack.clear();
      notifications.show({ color: 'teal', title: adminTexts.backups.title, message: t.done(time, done.safetyBackup), autoClose: 10_000 });
      onClose();
    } catch (e) {
      notifyError(t.failed, e);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t.title} size="lg">
      <Stack gap="sm">
        <Text fw={500}>{t.intro(time, BACKUP_REASON_LABELS[backup.reason])}</Text>
        <List type="ordered" size="sm" spacing={6}>
          {t.steps.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose} disabled={restore.pending}>
            {t.cancel}
          </Button>
          <Button color="red" onClick={() => void run()} loading={restore.pending} data-autofocus>
            {t.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
