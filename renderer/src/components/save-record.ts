import { createRecord, updateRecord, type RecordKind, type RecordOf } from '../undo/record-edits.ts';
import { notifySaved } from './notify.ts';

/** A feature's texts for its saved record, each given the record's name. */
interface SaveTexts {
  created(name: string): string;
  updated(name: string): string;
  undoCreate(name: string): string;
  undoUpdate(name: string): string;
}

/**
 * Saves an edit form's record, undoably: creates it, or updates `before` when the form edited one; then
 * says so. A refusal is thrown for the form to show.
 */
export async function saveRecord<K extends RecordKind>(kind: K, before: RecordOf<K> | undefined, record: RecordOf<K>, name: string, t: SaveTexts): Promise<RecordOf<K>> {
  const saved = before ? await updateRecord(kind, before, record, t.undoUpdate(name)) : await createRecord(kind, record, t.undoCreate(name));
  notifySaved(before ? t.updated(name) : t.created(name));
  return saved;
}
