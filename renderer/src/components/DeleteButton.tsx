import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { confirmDelete } from './confirm-delete.tsx';
import { notifyError, notifySaved } from './notify.ts';
import { commonTexts } from './texts.ts';

/**
 * 删除 on a detail page: asks first, then deletes (undoably, in `remove`), says so and goes back to the
 * list at `then`; a refusal stays on the page with the backend's reason under `refused`.
 */
export function DeleteButton({
  ask,
  remove,
  deleted,
  refused = commonTexts.deleteFailed,
  then,
}: {
  ask: { title: string; message: ReactNode };
  remove: () => Promise<unknown>;
  deleted: string;
  refused?: string;
  then: string;
}) {
  const navigate = useNavigate();
  const onClick = () =>
    confirmDelete({
      ...ask,
      onConfirm: async () => {
        try {
          await remove();
          notifySaved(deleted);
          navigate(then);
        } catch (e) {
          notifyError(refused, e);
        }
      },
    });
  return (
    <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onClick}>
      {commonTexts.delete}
    </Button>
  );
}
