import { useEffect } from 'react';
import { runRedo, runUndo } from './run-undo.ts';

/** Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes the last edit — except inside a text field, which keeps its own undo. */
export function UndoShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void runUndo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') void runRedo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
