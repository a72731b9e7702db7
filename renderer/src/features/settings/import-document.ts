import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { undoStack } from '../../undo/undo-stack.ts';

/** Imports an exchange document. Earlier edits cannot be undone past an import, so the history is cleared. */
export async function importDocument(document: unknown): Promise<MethodOutput<'exchange.import'>> {
  const result = await api.call('exchange.import', { document });
  undoStack.clear();
  return result;
}
