import { notifications } from '@mantine/notifications';
import { shellTexts as t } from '../app/texts.ts';
import { undoStack } from './undo-stack.ts';

async function run(step: () => Promise<string | undefined>, done: (label: string) => string): Promise<void> {
  try {
    const label = await step();
    if (label) notifications.show({ color: 'blue', message: done(label) });
  } catch (error) {
    notifications.show({ color: 'red', title: t.undoFailed, message: (error as Error).message, autoClose: 8000 });
  }
}

export const runUndo = (): Promise<void> => run(() => undoStack.undo(), t.undone);
export const runRedo = (): Promise<void> => run(() => undoStack.redo(), t.redone);
