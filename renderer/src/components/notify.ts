import { notifications } from '@mantine/notifications';

/** A change went through: the message says which (saved, deleted, imported…). */
export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', message });
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: error instanceof Error ? error.message : String(error), autoClose: 8000 });
}
