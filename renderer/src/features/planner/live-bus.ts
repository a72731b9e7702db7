// Undo and redo of a saved planner edit run from the app's undo stack, also when the planner is closed.
// When it is open, the planner listens here to show the change at once, before the store answers.
import type { Edit } from '../../../../shared/domain/planner/edits.ts';

export type LiveMessage = { semester: string; edit: Edit } | { semester: string; reload: true };
type Listener = (message: LiveMessage) => void;

const listeners = new Set<Listener>();

export const liveBus = {
  emit(message: LiveMessage): void {
    for (const l of listeners) l(message);
  },
  listen(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
