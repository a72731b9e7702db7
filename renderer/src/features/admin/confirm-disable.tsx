import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { commonTexts } from '../../components/texts.ts';
import { adminTexts } from './texts.ts';

/** Asks before disabling an account (it is signed out at once). */
export function confirmDisable({ title, message, onConfirm }: { title: string; message: string; onConfirm: () => void }) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: adminTexts.users.confirmDisable, cancel: commonTexts.cancel },
    confirmProps: { color: 'orange', 'data-autofocus': true },
    onConfirm,
  });
}
