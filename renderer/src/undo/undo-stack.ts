// The edit history of the screens: each entry knows the API calls that undo and redo it.
// Ctrl+Z / Ctrl+Shift+Z walk it (see UndoShortcuts); any new edit clears what could be redone.

export interface UndoEntry {
  /** Chinese, shown in the notification after undo or redo ("修改课程“…”"). */
  label: string;
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
}

export interface UndoSnapshot {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  busy: boolean;
}

const LIMIT = 100;

export class UndoStack {
  private past: UndoEntry[] = [];
  private future: UndoEntry[] = [];
  private busy = false;
  private listeners = new Set<() => void>();
  private snapshot: UndoSnapshot = this.compute();

  push(entry: UndoEntry): void {
    this.past.push(entry);
    if (this.past.length > LIMIT) this.past.shift();
    this.future = [];
    this.changed();
  }

  /** Undoes the latest edit; answers its label, or undefined when there was nothing to undo. */
  async undo(): Promise<string | undefined> {
    return this.step(this.past, this.future, (e) => e.undo());
  }

  async redo(): Promise<string | undefined> {
    return this.step(this.future, this.past, (e) => e.redo());
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): UndoSnapshot => this.snapshot;

  private async step(from: UndoEntry[], to: UndoEntry[], run: (e: UndoEntry) => Promise<unknown>) {
    if (this.busy) return undefined;
    const entry = from.pop();
    if (!entry) return undefined;
    this.busy = true;
    this.changed();
    try {
      await run(entry);
      to.push(entry);
      return entry.label;
    } catch (error) {
      // The store moved on (e.g. the record was changed elsewhere): this step can no longer be replayed.
      this.past = [];
      this.future = [];
      throw error;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private compute(): UndoSnapshot {
    return {
      canUndo: this.past.length > 0 && !this.busy,
      canRedo: this.future.length > 0 && !this.busy,
      undoLabel: this.past.at(-1)?.label,
      redoLabel: this.future.at(-1)?.label,
      busy: this.busy,
    };
  }

  private changed(): void {
    this.snapshot = this.compute();
    for (const l of this.listeners) l();
  }
}

export const undoStack = new UndoStack();
