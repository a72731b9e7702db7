// The planner's state. Normal editing saves every edit at once and records it on the app's undo stack
// (Ctrl+Z / Ctrl+Shift+Z), as calendar and timetable tools do: a timetable is edited in many small moves,
// and work must never be lost to a forgotten 保存. 方案对比 (what-if) is the exception: a draft whose edits
// stay in memory, with its own undo and redo, compared with the saved plan and written all at once (or
// dropped). Both run on the same edit model (shared/domain/planner/edits.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import {
  applyEdit,
  changeCount,
  createDraft,
  inverseOf,
  netChanges,
  pushEdit,
  redo as redoDraft,
  touchedBy,
  undo as undoDraft,
  type Draft,
  type Edit,
  type NetChanges,
} from '../../../../shared/domain/planner/edits.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { notifyError } from '../../components/notify.ts';
import { undoStack } from '../../undo/undo-stack.ts';
import { liveBus } from './live-bus.ts';
import { plannerTexts as t } from './texts.ts';

export type Snapshot = MethodOutput<'planner.load'>;

export interface Planner {
  snapshot: Snapshot | undefined;
  error: Error | undefined;
  /** The sessions on screen: the saved plan, or the draft in what-if mode. */
  sessions: readonly Session[];
  /** The saved plan while a draft is open (what the draft is compared with). */
  saved: readonly Session[];
  draft: Draft | null;
  /** Sessions the latest edit, undo or redo touched: highlighted on screen. */
  touched: ReadonlySet<string>;
  saving: boolean;
  edit(edit: Edit, label: string): void;
  startDraft(): void;
  applyDraft(): Promise<void>;
  discardDraft(): void;
  undoDraft(): void;
  redoDraft(): void;
  draftChanges: number;
}

const tryApply = (sessions: readonly Session[], edit: Edit): readonly Session[] => {
  try {
    return applyEdit(sessions, edit);
  } catch {
    return sessions;
  }
};

export function usePlanner(semester: string | undefined): Planner {
  const [snapshot, setSnapshot] = useState<Snapshot>();
  const [error, setError] = useState<Error>();
  const [live, setLiveState] = useState<readonly Session[]>([]);
  const liveRef = useRef<readonly Session[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(0);
  // Reloads answer in any order and may race our own writes: only the latest, with no write under way, counts.
  const writes = useRef(0);
  const loads = useRef(0);

  const setLive = useCallback((next: readonly Session[]) => {
    liveRef.current = next;
    setLiveState(next);
  }, []);

  const load = useCallback(() => {
    if (!semester) return;
    const ticket = ++loads.current;
    api.call('planner.load', { semester }).then(
      (snap) => {
        if (ticket !== loads.current || writes.current > 0) return;
        setSnapshot(snap);
        setLive(snap.sessions);
        setError(undefined);
      },
      (e: Error) => ticket === loads.current && setError(e),
    );
  }, [semester, setLive]);

  useEffect(() => {
    setSnapshot(undefined);
    setDraft(null);
    load();
  }, [load]);
  useEffect(() => api.onWrite(() => load()), [load]);
  useEffect(
    () =>
      liveBus.listen((m) => {
        if (m.semester !== semester) return;
        if ('reload' in m) return load();
        setLive(tryApply(liveRef.current, m.edit));
        setTouched(new Set(touchedBy(m.edit)));
      }),
    [semester, load, setLive],
  );

  const write = useCallback(
    async (changes: NetChanges) => {
      writes.current++;
      setSaving((n) => n + 1);
      try {
        await api.call('planner.apply', { semester: semester!, ...changes });
      } finally {
        writes.current--;
        setSaving((n) => n - 1);
      }
    },
    [semester],
  );

  const recordUndo = useCallback(
    (edit: Edit, label: string, forward: NetChanges, back: NetChanges) => {
      const sem = semester!;
      const step = async (shown: Edit, changes: NetChanges) => {
        liveBus.emit({ semester: sem, edit: shown });
        try {
          await api.call('planner.apply', { semester: sem, ...changes });
        } catch (e) {
          liveBus.emit({ semester: sem, reload: true });
          throw e;
        }
      };
      undoStack.push({ label, undo: () => step(inverseOf(edit), back), redo: () => step(edit, forward) });
    },
    [semester],
  );

  const edit = useCallback(
    (e: Edit, label: string) => {
      if (draft) {
        try {
          setDraft(pushEdit(draft, e));
          setTouched(new Set(touchedBy(e)));
        } catch (err) {
          notifyError(t.saveFailed, err);
        }
        return;
      }
      const before = liveRef.current;
      let after: Session[];
      try {
        after = applyEdit(before, e);
      } catch (err) {
        notifyError(t.saveFailed, err);
        return;
      }
      setLive(after);
      setTouched(new Set(touchedBy(e)));
      const forward = netChanges(before, after);
      const back = netChanges(after, before);
      write(forward).then(
        () => recordUndo(e, label, forward, back),
        (err: unknown) => {
          setLive(tryApply(liveRef.current, inverseOf(e)));
          notifyError(t.saveFailed, err);
        },
      );
    },
    [draft, setLive, write, recordUndo],
  );

  const startDraft = useCallback(() => setDraft(createDraft(liveRef.current)), []);
  const discardDraft = useCallback(() => {
    setDraft(null);
    setTouched(new Set());
  }, []);

  const applyDraftNow = useCallback(async () => {
    if (!draft) return;
    const forward = netChanges(draft.base, draft.current);
    const n = changeCount(forward);
    if (n === 0) return setDraft(null);
    const back = netChanges(draft.current, draft.base);
    try {
      await write(forward);
    } catch (err) {
      notifyError(t.saveFailed, err);
      return;
    }
    const label = t.labels.applyDraft(n);
    recordUndo({ kind: 'batch', label, edits: [...draft.done] }, label, forward, back);
    setLive(draft.current);
    setDraft(null);
  }, [draft, write, recordUndo, setLive]);

  const step = useCallback(
    (fn: (d: Draft) => Draft, pick: (d: Draft) => Edit | undefined) => {
      if (!draft) return;
      const edit = pick(draft);
      if (!edit) return;
      setDraft(fn(draft));
      setTouched(new Set(touchedBy(edit)));
    },
    [draft],
  );

  return {
    snapshot,
    error,
    sessions: draft ? draft.current : live,
    saved: live,
    draft,
    touched,
    saving: saving > 0,
    edit,
    startDraft,
    applyDraft: applyDraftNow,
    discardDraft,
    undoDraft: () => step(undoDraft, (d) => d.done.at(-1)),
    redoDraft: () => step(redoDraft, (d) => d.undone.at(-1)),
    draftChanges: draft ? changeCount(netChanges(draft.base, draft.current)) : 0,
  };
}
