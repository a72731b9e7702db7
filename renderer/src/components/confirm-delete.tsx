import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { commonTexts } from './texts.ts';

/** Asks before deleting; the confirm button is focused so Enter confirms and Esc cancels. */
export function confirmDelete({ title, message, onConfirm }: { title: string; message: ReactNode; onConfirm: () => void }) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: commonTexts.confirmDelete, cancel: commonTexts.cancel },
    confirmProps: { color: 'red', 'data-autofocus': true },
    onConfirm,
  });
}
