import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Trainee } from '../../../../shared/domain/types.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { notifyError } from '../../components/notify.ts';
import { commonTexts } from '../../components/texts.ts';
import { undoStack } from '../../undo/undo-stack.ts';
import { traineeTexts } from './texts.ts';

const t = traineeTexts.personal;

export interface Erased {
  id: string;
  name: string;
  trainingRecords: number;
  auditEntriesStripped: number;
}

/** Asks to type the trainee's name before erasing them for good (no undo: the undo history is cleared). */
export function EraseTraineeModal({ trainee, records, onClose, onErased }: { trainee: Trainee; records: number; onClose: () => void; onErased: (e: Erased) => void }) {
  const [typed, setTyped] = useState('');
  const erase = useMutation('personalData.erase');
  const run = async () => {
    try {
      // the page shows the outcome in place of the trainee, who is gone after this call
      onErased({ id: trainee.id, name: trainee.name, ...(await erase.run({ trainee: trainee.id })) });
      undoStack.clear();
      onClose();
    } catch (e) {
      notifyError(t.eraseFailed, e);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t.eraseTitle}>
      <Stack gap="sm">
        <Text size="sm">{t.eraseIntro(trainee.name, records)}</Text>
        <Alert color="gray">{t.eraseBackups}</Alert>
        <TextInput label={t.typeName(trainee.name)} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} data-autofocus />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose} disabled={erase.pending}>
            {commonTexts.cancel}
          </Button>
          <Button color="red" disabled={typed.trim() !== trainee.name} loading={erase.pending} onClick={() => void run()}>
            {t.confirmErase}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
