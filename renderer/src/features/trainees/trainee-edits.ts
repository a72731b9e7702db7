// Deleting a trainee with their training records, undoable: undo recreates the trainee and every record.
import type { Trainee, TrainingRecord } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { undoStack } from '../../undo/undo-stack.ts';

export async function deleteTraineeWithRecords(trainee: Trainee, records: TrainingRecord[], label: string): Promise<void> {
  const remove = () => api.call('trainees.delete', { id: trainee.id, cascade: records.length > 0 });
  await remove();
  undoStack.push({
    label,
    undo: async () => {
      await api.call('trainees.create', trainee);
      for (const r of records) await api.call('trainingRecords.create', r);
    },
    redo: remove,
  });
}
