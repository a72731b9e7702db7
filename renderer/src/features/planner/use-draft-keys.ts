// While a what-if draft is open, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo inside the draft. The
// listener runs in the capture phase and stops the event, so the app-wide shortcut (which undoes saved
// edits) does not also run. Text fields keep their own undo.
import { useEffect } from 'react';

export function useDraftKeys(active: boolean, undo: () => void, redo: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active, undo, redo]);
}
