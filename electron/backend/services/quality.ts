// Data-quality checks read from the store without loading more than they need: a semester's teaching
// checks, and the trainee checks, where the records that no check counts are counted in SQL generated
// from the rule set (a large school has a million records; a report only counts those findings).
import { ORGANIZER_LEVELS } from '../../../shared/domain/enums.ts';
import { ORGANIZER_RANK } from '../../../shared/domain/indicators/trainee-checks.ts';
import { runTeachingChecks } from '../../../shared/domain/quality/run.ts';
import { traineeGroupFindings } from '../../../shared/domain/quality/trainee-checks.ts';
import type { Finding } from '../../../shared/domain/quality/types.ts';
import type { RuleSet, TraineeCheck } from '../../../shared/domain/rules/schema.ts';
import type { Ctx } from './context.ts';
import { loadQualityData, loadTrainees } from './indicator-data.ts';
import { currentRuleSet } from './rule-sets.ts';

/** The teaching checks of one semester (classes, sessions, lecturers, courses). */
export function teachingQualityCheck(ctx: Ctx, semester: string) {
  const data = loadQualityData(ctx, semester);
  return runTeachingChecks({ ...data, semester: data.semesters[0]!, ruleSet: currentRuleSet(ctx).ruleSet });
}

/** Whether a check counts a record `r` for some as-of date: the pure `counted` of quality/trainee-checks as SQL. */
function countsSql(check: TraineeCheck, params: unknown[]): string {
  const terms: string[] = [];
  const term = (sql: string, ...values: unknown[]) => {
    terms.push(sql);
    params.push(...values);
  };
  const { kind, fullTime, minOrganizerLevel } = check.records;
  if (kind !== undefined) term('r.kind = ?', kind);
  if (fullTime !== undefined) term('r.full_time = ?', fullTime ? 1 : 0);
  if (minOrganizerLevel !== undefined) {
    const levels = ORGANIZER_LEVELS.filter((l) => ORGANIZER_RANK[l] > 0 && ORGANIZER_RANK[l] >= ORGANIZER_RANK[minOrganizerLevel]);
    term(levels.length ? `r.organizer_level IN (${levels.map(() => '?').join(', ')})` : '0', ...levels);
  }
  if (check.window.type === 'fixed') term('r.date BETWEEN ? AND ?', check.window.from, check.window.to);
  return terms.length ? terms.join(' AND ') : '1';
}

/**
 * How many training records (dated on or before `asOf`, if given) of trainees whose rule group is in
 * the rule set no check of that rule counts: the `record_outside_window` findings, counted.
 */
export function countRecordsOutsideWindows(ctx: Ctx, ruleSet: RuleSet, asOf?: string): number {
  if (ruleSet.trainee.length === 0) return 0;
  const params: unknown[] = [asOf ?? null, asOf ?? null];
  const cases = ruleSet.trainee.map((rule) => {
    params.push(rule.id);
    return `WHEN ? THEN NOT (${rule.checks.map((c) => `(${countsSql(c, params)})`).join(' OR ') || '0'})`;
  });
  const sql = `SELECT count(*) FROM training_records r JOIN trainees t ON t.id = r.trainee_id
    WHERE (? IS NULL OR r.date <= ?) AND CASE t.group_id ${cases.join(' ')} ELSE 0 END`;
  return ctx.sqlite.prepare(sql).pluck().get(...params) as number;
}

/** The trainee checks: findings on each trainee's rule group, and the count of records no check counts. */
export function traineeQualityCheck(ctx: Ctx, asOf?: string): { groupFindings: Finding[]; recordsOutsideWindows: number } {
  const { ruleSet } = currentRuleSet(ctx);
  return { groupFindings: traineeGroupFindings(loadTrainees(ctx), ruleSet), recordsOutsideWindows: countRecordsOutsideWindows(ctx, ruleSet, asOf) };
}
