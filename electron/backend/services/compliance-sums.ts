// Compliance sums computed by SQLite: for each trainee-hour rule, one statement generated from its checks
// (rule windows and record filters are data) sums, per trainee of the rule's group, the hours, days,
// theory hours and records of each check. The pure engine then applies the thresholds to those sums
// (complianceOf), exactly as it does to sums of loaded records: SUM() adds REAL values with the same
// compensated summation as shared/domain/indicators/compensated-sum.ts, in the same order (by trainee,
// date, rowid through the training_records_trainee index).
import type { SumsOf } from '../../../shared/domain/indicators/compliance.ts';
import { levelsAtOrAbove, windowSpan, type CheckSums } from '../../../shared/domain/indicators/trainee-checks.ts';
import type { RuleSet, TraineeCheck, TraineeRule } from '../../../shared/domain/rules/schema.ts';
import { prepared } from '../store/statements.ts';
import type { Ctx } from './context.ts';

type Param = string | number;

interface RuleQuery {
  sql: string;
  params: Param[];
  /** Per check: how many result columns it adds, and which. */
  columns: { days: boolean; theory: boolean; count: boolean }[];
}

const NONE: CheckSums = { hours: 0, days: 0, theory: 0, count: 0 };

/** The record condition of one check: its window cut at the as-of date, and its filter. */
function condition(check: TraineeCheck, from: string, to: string): { sql: string; params: Param[] } {
  const parts = ['r.date BETWEEN ? AND ?'];
  const params: Param[] = [from, to];
  const f = check.records;
  if (f.kind !== undefined) {
    parts.push('r.kind = ?');
    params.push(f.kind);
  }
  if (f.fullTime !== undefined) {
    parts.push('r.full_time = ?');
    params.push(f.fullTime ? 1 : 0);
  }
  if (f.minOrganizerLevel !== undefined) {
    const levels = levelsAtOrAbove(f.minOrganizerLevel);
    parts.push(`r.organizer_level IN (${levels.map(() => '?').join(', ')})`);
    params.push(...levels);
  }
  return { sql: parts.join(' AND '), params };
}

/** The statement of one rule, or null when no check's window has begun by the as-of date. */
export function ruleQuery(rule: TraineeRule, asOf: string): RuleQuery | null {
  const spans = rule.checks.map((c) => windowSpan(c.window, asOf));
  const live = spans.filter(([from, to]) => from <= to);
  if (live.length === 0) return null;
  const select: string[] = [];
  const params: Param[] = [];
  const columns = rule.checks.map((check, i) => {
    const [from, to] = spans[i]!;
    const c = condition(check, from, to);
    const type = check.measure.type;
    const wanted = { days: type === 'hours_or_days', theory: type === 'theory_ratio', count: type === 'count' };
    const add = (expression: string, extra = '') => {
      select.push(`${expression} FILTER (WHERE ${c.sql}${extra})`);
      params.push(...c.params);
    };
    add('SUM(r.hours)');
    if (wanted.days) add('SUM(r.days)');
    if (wanted.theory) add('SUM(r.hours)', ' AND r.theory = 1');
    if (wanted.count) add('COUNT(*)');
    return wanted;
  });
  const from = live.reduce((min, [f]) => (f < min ? f : min), live[0]![0]);
  const to = live.reduce((max, [, t]) => (t > max ? t : max), live[0]![1]);
  const sql = `SELECT t.id, ${select.join(', ')}
    FROM trainees t JOIN training_records r ON r.trainee_id = t.id AND r.date BETWEEN ? AND ?
    WHERE t.group_id = ?${rule.exemptable ? ' AND t.exempt = 0' : ''} GROUP BY t.id`;
  return { sql, params: [...params, from, to, rule.id], columns };
}

/** Each trainee's check sums of every rule of the set, as of a date (trainees without records sum to 0). */
export function checkSumsBySql(ctx: Ctx, ruleSet: RuleSet, asOf: string): SumsOf {
  const byRule = new Map<string, Map<string, CheckSums[]>>();
  for (const rule of ruleSet.trainee) {
    const sums = new Map<string, CheckSums[]>();
    byRule.set(rule.id, sums);
    const query = ruleQuery(rule, asOf);
    if (!query) continue;
    const rows = prepared(ctx.sqlite, query.sql).raw().all(...query.params) as [string, ...(number | null)[]][];
    for (const row of rows) {
      let at = 1;
      const next = () => (row[at++] as number | null) ?? 0;
      sums.set(
        row[0],
        query.columns.map((c) => {
          const hours = next();
          return { hours, days: c.days ? next() : 0, theory: c.theory ? next() : 0, count: c.count ? next() : 0 };
        }),
      );
    }
  }
  return (trainee, rule) => byRule.get(rule.id)?.get(trainee.id) ?? rule.checks.map(() => NONE);
}
