import { useSyncExternalStore } from 'react';
import { undoStack, type UndoSnapshot } from './undo-stack.ts';

export function useUndo(): UndoSnapshot {
  return useSyncExternalStore(undoStack.subscribe, undoStack.getSnapshot);
}
