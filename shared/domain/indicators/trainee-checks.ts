// One trainee-hour check (domain.md, "Trainee-hour checks, precisely"): which records it counts, and
// whether their hours or days meet it. Only records dated on or before the as-of date count.
import type { OrganizerLevel } from '../enums.ts';
import type { CheckWindow, RecordFilter, TraineeCheck } from '../rules/schema.ts';
import type { TrainingRecord } from '../types.ts';
import { meets } from './compare.ts';
import type { CheckResult } from './types.ts';

/** 'other' ranks 0: it is never “county or above”. */
export const ORGANIZER_RANK: Record<OrganizerLevel, number> = { other: 0, county: 1, municipal: 2, provincial: 3, central: 4 };

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

export function evaluateCheck(check: TraineeCheck, records: readonly TrainingRecord[], asOf: string): CheckResult {
  const [from, to] = windowSpan(check.window, asOf);
  let hours = 0;
  let days = 0;
  let theory = 0;
  let count = 0;
  for (const r of records) {
    if (r.date < from || r.date > to || !matchesFilter(check.records, r)) continue;
    hours += r.hours;
    days += r.days;
    if (r.theory) theory += r.hours;
    count++;
  }
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
