import { notifications } from '@mantine/notifications';
import { commonTexts } from './texts.ts';

export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', title: commonTexts.saved, message });
}

export function notifyError(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: error instanceof Error ? error.message : String(error), autoClose: 8000 });
}
