// Deleting a class together with its sessions, undoable: undo recreates the class and every session.
import type { Session, TrainingClass } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { undoStack } from '../../undo/undo-stack.ts';

export async function deleteClassWithSessions(cls: TrainingClass, sessions: Session[], label: string): Promise<void> {
  const remove = () => api.call('classes.delete', { id: cls.id, cascade: sessions.length > 0 });
  await remove();
  undoStack.push({
    label,
    undo: async () => {
      await api.call('classes.create', cls);
      for (const s of sessions) await api.call('sessions.create', s);
    },
    redo: remove,
  });
}
