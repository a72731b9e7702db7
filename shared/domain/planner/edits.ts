// The edit model: a draft is the saved sessions plus a list of edits, with undo and redo. Every edit has
// an exact inverse, so undo is "apply the inverse" and a what-if comparison is "saved vs. current".
import type { Session } from '../types.ts';

export type Edit =
  | { kind: 'create'; session: Session }
  | { kind: 'update'; before: Session; after: Session }
  | { kind: 'delete'; session: Session }
  | { kind: 'move'; id: string; from: Pick<Session, 'date' | 'start'>; to: Pick<Session, 'date' | 'start'> }
  /** Several edits undone and redone as one (a copied class, an accepted fix). */
  | { kind: 'batch'; label: string; edits: Edit[] };

export function inverseOf(edit: Edit): Edit {
  switch (edit.kind) {
    case 'create':
      return { kind: 'delete', session: edit.session };
    case 'delete':
      return { kind: 'create', session: edit.session };
    case 'update':
      return { kind: 'update', before: edit.after, after: edit.before };
    case 'move':
      return { kind: 'move', id: edit.id, from: edit.to, to: edit.from };
    case 'batch':
      return { kind: 'batch', label: edit.label, edits: edit.edits.map(inverseOf).reverse() };
  }
}

export class EditError extends Error {
  override name = 'EditError';
}

function applyTo(byId: Map<string, Session>, edit: Edit): void {
  switch (edit.kind) {
    case 'create':
      if (byId.has(edit.session.id)) throw new EditError(`课次“${edit.session.id}”已存在`);
      byId.set(edit.session.id, edit.session);
      return;
    case 'delete':
      if (!byId.delete(edit.session.id)) throw new EditError(`课次“${edit.session.id}”不存在`);
      return;
    case 'update':
      if (edit.before.id !== edit.after.id) throw new EditError('修改不能改变课次编号');
      if (!byId.has(edit.after.id)) throw new EditError(`课次“${edit.after.id}”不存在`);
      byId.set(edit.after.id, edit.after);
      return;
    case 'move': {
      const s = byId.get(edit.id);
      if (!s) throw new EditError(`课次“${edit.id}”不存在`);
      byId.set(edit.id, { ...s, date: edit.to.date, start: edit.to.start });
      return;
    }
    case 'batch':
      for (const e of edit.edits) applyTo(byId, e);
  }
}

/** The sessions after the edit; the input is left unchanged. Order: existing sessions keep their place. */
export function applyEdit(sessions: readonly Session[], edit: Edit): Session[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  applyTo(byId, edit);
  return [...byId.values()];
}

export interface Draft {
  /** The saved plan the draft started from. */
  readonly base: readonly Session[];
  /** base with every done edit applied. */
  readonly current: readonly Session[];
  readonly done: readonly Edit[];
  /** Undone edits, the next redo last. */
  readonly undone: readonly Edit[];
}

export const createDraft = (base: readonly Session[]): Draft => ({ base, current: base, done: [], undone: [] });

/** Applies a new edit; it clears the redo list, as every editor does. */
export const pushEdit = (draft: Draft, edit: Edit): Draft => ({
  base: draft.base,
  current: applyEdit(draft.current, edit),
  done: [...draft.done, edit],
  undone: [],
});

export function undo(draft: Draft): Draft {
  const edit = draft.done.at(-1);
  if (!edit) return draft;
  return {
    base: draft.base,
    current: applyEdit(draft.current, inverseOf(edit)),
    done: draft.done.slice(0, -1),
    undone: [...draft.undone, edit],
  };
}

export function redo(draft: Draft): Draft {
  const edit = draft.undone.at(-1);
  if (!edit) return draft;
  return {
    base: draft.base,
    current: applyEdit(draft.current, edit),
    done: [...draft.done, edit],
    undone: draft.undone.slice(0, -1),
  };
}

const sameSession = (a: Session, b: Session): boolean =>
  a.class === b.class &&
  a.course === b.course &&
  a.date === b.date &&
  a.start === b.start &&
  a.hours === b.hours &&
  a.category === b.category &&
  a.method === b.method &&
  a.form === b.form &&
  a.lecturers.length === b.lecturers.length &&
  a.lecturers.every((l, i) => b.lecturers[i] === l);

export interface NetChanges {
  creates: Session[];
  updates: Session[];
  deletes: string[];
}

/** What a draft changes against its base, however many edits and undos it took: what planner.apply writes. */
export function netChanges(base: readonly Session[], current: readonly Session[]): NetChanges {
  const before = new Map(base.map((s) => [s.id, s]));
  const after = new Map(current.map((s) => [s.id, s]));
  const changes: NetChanges = { creates: [], updates: [], deletes: [] };
  for (const s of current) {
    const old = before.get(s.id);
    if (!old) changes.creates.push(s);
    else if (!sameSession(old, s)) changes.updates.push(s);
  }
  for (const s of base) if (!after.has(s.id)) changes.deletes.push(s.id);
  return changes;
}

export const changeCount = (c: NetChanges): number => c.creates.length + c.updates.length + c.deletes.length;

/** Ids of the sessions an edit touches: the UI highlights them after an undo or redo. */
export function touchedBy(edit: Edit): string[] {
  switch (edit.kind) {
    case 'create':
    case 'delete':
      return [edit.session.id];
    case 'update':
      return [edit.after.id];
    case 'move':
      return [edit.id];
    case 'batch':
      return edit.edits.flatMap(touchedBy);
  }
}
