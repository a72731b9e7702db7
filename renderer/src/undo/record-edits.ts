// Create, update and delete through the API, each recorded on the undo stack with its inverse calls.
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { undoStack } from './undo-stack.ts';

export type RecordKind = 'semesters' | 'faculty' | 'courses' | 'classes' | 'sessions' | 'trainees' | 'trainingRecords';
export type RecordOf<K extends RecordKind> = MethodOutput<`${K}.get`>;

// The method name is computed from the kind, so the typed signature is asserted once here.
const call = <K extends RecordKind>(kind: K, op: 'create' | 'update' | 'delete', input: unknown) =>
  api.call(`${kind}.${op}` as MethodName, input as MethodInput<MethodName>);

export async function createRecord<K extends RecordKind>(kind: K, record: RecordOf<K>, label: string): Promise<RecordOf<K>> {
  const saved = (await call(kind, 'create', record)) as RecordOf<K>;
  undoStack.push({
    label,
    undo: () => call(kind, 'delete', { id: record.id, cascade: false }),
    redo: () => call(kind, 'create', saved),
  });
  return saved;
}

export async function updateRecord<K extends RecordKind>(
  kind: K,
  before: RecordOf<K>,
  after: RecordOf<K>,
  label: string,
): Promise<RecordOf<K>> {
  const saved = (await call(kind, 'update', after)) as RecordOf<K>;
  undoStack.push({ label, undo: () => call(kind, 'update', before), redo: () => call(kind, 'update', saved) });
  return saved;
}

/** Deletes one record without dependents; undo recreates it as it was. */
export async function deleteRecord<K extends RecordKind>(kind: K, before: RecordOf<K>, label: string): Promise<void> {
  await call(kind, 'delete', { id: before.id });
  undoStack.push({ label, undo: () => call(kind, 'create', before), redo: () => call(kind, 'delete', { id: before.id }) });
}

/**
 * Deletes a record with the records that depend on it (a class with its sessions, a trainee with their
 * training records); undo recreates the record, then each dependent.
 */
export async function deleteWithDependents<K extends RecordKind, D extends RecordKind>(
  kind: K,
  before: RecordOf<K>,
  dependentKind: D,
  dependents: RecordOf<D>[],
  label: string,
): Promise<void> {
  const remove = () => call(kind, 'delete', { id: before.id, cascade: dependents.length > 0 });
  await remove();
  undoStack.push({
    label,
    undo: async () => {
      await call(kind, 'create', before);
      for (const d of dependents) await call(dependentKind, 'create', d);
    },
    redo: remove,
  });
}
