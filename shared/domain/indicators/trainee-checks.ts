// One trainee-hour check (domain.md, "Trainee-hour checks, precisely"): which records it counts, and
// whether their hours or days meet it. Only records dated on or before the as-of date count.
import type { OrganizerLevel } from '../enums.ts';
import type { CheckWindow, RecordFilter, TraineeCheck } from '../rules/schema.ts';
import type { TrainingRecord } from '../types.ts';
import { meets } from './compare.ts';
import { addTo, runningSum, totalOf } from './compensated-sum.ts';
import type { CheckResult } from './types.ts';

/** 'other' ranks 0: it is never “county or above”. */
export const ORGANIZER_RANK: Record<OrganizerLevel, number> = { other: 0, county: 1, municipal: 2, provincial: 3, central: 4 };

/** The organizer levels a minimum level admits ('other' never counts as "county or above"). */
export const levelsAtOrAbove = (min: OrganizerLevel): OrganizerLevel[] =>
  (Object.keys(ORGANIZER_RANK) as OrganizerLevel[]).filter((l) => ORGANIZER_RANK[l] > 0 && ORGANIZER_RANK[l] >= ORGANIZER_RANK[min]);

export function matchesFilter(filter: RecordFilter, r: TrainingRecord): boolean {
  if (filter.kind !== undefined && r.kind !== filter.kind) return false;
  if (filter.fullTime !== undefined && r.fullTime !== filter.fullTime) return false;
  if (filter.minOrganizerLevel !== undefined) {
    // 'other' (and a missing level) is never "county or above".
    const rank = r.organizerLevel ? ORGANIZER_RANK[r.organizerLevel] : 0;
    if (rank === 0 || rank < ORGANIZER_RANK[filter.minOrganizerLevel]) return false;
  }
  return true;
}

/** The dates a window covers for an as-of date, as [from, to] inclusive (to never after the as-of date). */
export function windowSpan(window: CheckWindow, asOf: string): [string, string] {
  if (window.type === 'year') {
    const year = asOf.slice(0, 4);
    return [`${year}-01-01`, asOf];
  }
  return [window.from, window.to < asOf ? window.to : asOf];
}

/** What a check counts over its window and filter: hours, days, theory hours and the number of records. */
export interface CheckSums {
  hours: number;
  days: number;
  theory: number;
  count: number;
}

export function sumRecords(check: TraineeCheck, records: readonly TrainingRecord[], asOf: string): CheckSums {
  const [from, to] = windowSpan(check.window, asOf);
  const hours = runningSum();
  const days = runningSum();
  const theory = runningSum();
  let count = 0;
  for (const r of records) {
    if (r.date < from || r.date > to || !matchesFilter(check.records, r)) continue;
    addTo(hours, r.hours);
    addTo(days, r.days);
    if (r.theory) addTo(theory, r.hours);
    count++;
  }
  return { hours: totalOf(hours), days: totalOf(days), theory: totalOf(theory), count };
}

/** Whether a check's sums meet its measure, with the figures the answer shows. */
export function judgeCheck(check: TraineeCheck, sums: CheckSums): CheckResult {
  const { hours, days, theory, count } = sums;
  const m = check.measure;
  switch (m.type) {
    case 'hours_or_days': {
      // The texts say 或: either bound met is enough.
      const met = (m.hours !== undefined && meets(hours, m.hours)) || (m.days !== undefined && meets(days, m.days));
      return { id: check.id, met, hours, days };
    }
    case 'theory_ratio': {
      // Not met with no hours; then there is no ratio to show either.
      if (hours <= 0) return { id: check.id, met: false, hours };
      const ratio = theory / hours;
      return { id: check.id, met: meets(ratio, m.ratio), hours, ratio };
    }
    case 'count':
      return { id: check.id, met: count >= m.count, hours, count };
  }
}
