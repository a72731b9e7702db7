// The planner's costly figures, computed in a deferred render (React's useDeferredValue): conflict detection
// over the semester's sessions, the free-slot fixes of the listed conflicts and the live indicators take
// ~100 ms on a large semester, so the classes and the timetable paint first and these follow. After an edit
// the grid moves at once and these catch up in the background; until they do, `pending` says that what they
// show belongs to the sessions before the edit.
import { useDeferredValue, useMemo } from 'react';
import type { Conflict } from '../../../../shared/domain/planner/conflicts.ts';
import { liveIndicators } from '../../../../shared/domain/planner/live-indicators.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { indicatorRows, type IndicatorRowData } from './indicator-rows.ts';
import { detectAll, withFixes, type ConflictView, type PlannerLookups } from './planner-context.ts';
import type { Snapshot } from './use-planner.ts';

export interface AnalysisInput {
  snapshot: Snapshot;
  sessions: readonly Session[];
  /** The saved plan while a draft is open (its indicators are shown beside the draft's), else null. */
  saved: readonly Session[] | null;
  lookups: PlannerLookups;
  /** The open class: its conflicts are listed first. */
  classId: string | null;
}

export interface PlannerAnalysis {
  /** Null until the first deferred render has computed them. */
  conflicts: ConflictView | null;
  /** The conflicts to list (the open class's first, at most CONFLICT_LIST_LIMIT), with their fixes. */
  listed: Conflict[];
  conflictsByClass: Map<string, number>;
  rows: IndicatorRowData[] | null;
  savedRows: IndicatorRowData[] | undefined;
  /** A session's course title, for the conflict list. */
  sessionTitle(id: string): string;
  /** True while the figures shown belong to earlier sessions than those on screen. */
  pending: boolean;
}

const NO_COUNTS = new Map<string, number>();

export function usePlannerAnalysis(input: AnalysisInput | null): PlannerAnalysis {
  const deferred = useDeferredValue(input, null);
  const snapshot = deferred?.snapshot;
  const sessions = deferred?.sessions;
  const lookups = deferred?.lookups;
  const saved = deferred?.saved;
  const classId = deferred?.classId ?? null;

  const conflicts = useMemo(
    () => (snapshot && sessions && lookups ? detectAll(snapshot, sessions, lookups) : null),
    [snapshot, sessions, lookups],
  );
  const rows = useMemo(
    () => (snapshot && sessions && lookups ? indicatorRows(liveIndicators(snapshot, sessions, snapshot.ruleSet), snapshot.ruleSet, lookups.names.class) : null),
    [snapshot, sessions, lookups],
  );
  const savedRows = useMemo(
    () => (snapshot && saved && lookups ? indicatorRows(liveIndicators(snapshot, saved, snapshot.ruleSet), snapshot.ruleSet, lookups.names.class) : undefined),
    [snapshot, saved, lookups],
  );
  const classOf = useMemo(() => new Map((sessions ?? []).map((s) => [s.id, s.class])), [sessions]);
  const conflictsByClass = useMemo(() => {
    if (!conflicts) return NO_COUNTS;
    const counts = new Map<string, number>();
    for (const c of conflicts.list) {
      const cls = classOf.get(c.sessions[0]!);
      if (cls) counts.set(cls, (counts.get(cls) ?? 0) + 1);
    }
    return counts;
  }, [conflicts, classOf]);
  // The open class's conflicts first: they are the ones in view.
  const listed = useMemo(() => {
    if (!conflicts || !snapshot || !sessions || !lookups) return [];
    const mine = (c: Conflict) => (c.sessions.some((id) => classOf.get(id) === classId) ? 0 : 1);
    const sorted = [...conflicts.list].sort((a, b) => mine(a) - mine(b));
    return withFixes(snapshot, sessions, lookups, sorted);
  }, [conflicts, snapshot, sessions, lookups, classOf, classId]);
  // The conflict list names two sessions per conflict: looked up by id, not searched for among thousands.
  const sessionTitle = useMemo(() => {
    const byId = new Map([...(snapshot?.otherSessions ?? []), ...(sessions ?? [])].map((x) => [x.id, x]));
    return (id: string) => {
      const s = byId.get(id);
      return s && lookups ? lookups.names.course(s.course) : id;
    };
  }, [snapshot, sessions, lookups]);

  return { conflicts, listed, conflictsByClass, rows, savedRows, sessionTitle, pending: deferred !== input };
}
