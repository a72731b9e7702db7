// Every trainee against its group's rule for an as-of date.
import type { RuleSet, TraineeRule } from '../rules/schema.ts';
import type { Trainee, TrainingRecord } from '../types.ts';
import { judgeCheck, sumRecords, type CheckSums } from './trainee-checks.ts';
import type { ComplianceData, ComplianceResult, TraineeCompliance } from './types.ts';

/** A trainee's sums under a rule, one per check in the rule's order (from the records, or from SQL). */
export type SumsOf = (trainee: Trainee, rule: TraineeRule) => CheckSums[];

export function recordsByTrainee(records: readonly TrainingRecord[]): Map<string, TrainingRecord[]> {
  const byTrainee = new Map<string, TrainingRecord[]>();
  for (const r of records) {
    const list = byTrainee.get(r.trainee);
    if (list) list.push(r);
    else byTrainee.set(r.trainee, [r]);
  }
  return byTrainee;
}

export function computeCompliance(data: ComplianceData, ruleSet: RuleSet, asOf: string): ComplianceResult {
  const records = recordsByTrainee(data.trainingRecords);
  return complianceOf(data.trainees, ruleSet, asOf, (t, rule) => {
    const own = records.get(t.id) ?? [];
    return rule.checks.map((c) => sumRecords(c, own, asOf));
  });
}

/** Every trainee against its group's rule, given each trainee's check sums. */
export function complianceOf(people: readonly Trainee[], ruleSet: RuleSet, asOf: string, sumsOf: SumsOf): ComplianceResult {
  const rules = new Map(ruleSet.trainee.map((r) => [r.id, r]));
  const trainees = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: TraineeCompliance[] = [];
  let met = 0;
  for (const t of trainees) {
    const rule = t.group ? rules.get(t.group) : undefined;
    let result: TraineeCompliance;
    if (!rule) {
      const reason = t.group ? `规则集中没有学时规则“${t.group}”` : '未指定学时规则组';
      result = { trainee: t.id, group: t.group, met: false, checks: [], reason };
    } else if (t.exempt && rule.exemptable) {
      result = { trainee: t.id, group: t.group, met: true, exempt: true, checks: [] };
    } else {
      const sums = sumsOf(t, rule);
      const checks = rule.checks.map((c, i) => judgeCheck(c, sums[i]!));
      result = { trainee: t.id, group: t.group, met: checks.every((c) => c.met), checks };
    }
    if (result.met) met++;
    out.push(result);
  }
  return { asOf, trainees: out, summary: { trainees: out.length, met } };
}
