// Every trainee against its group's rule for an as-of date.
import type { RuleSet } from '../rules/schema.ts';
import type { TrainingRecord } from '../types.ts';
import { evaluateCheck } from './trainee-checks.ts';
import type { ComplianceData, ComplianceResult, TraineeCompliance } from './types.ts';

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
  const rules = new Map(ruleSet.trainee.map((r) => [r.id, r]));
  const records = recordsByTrainee(data.trainingRecords);
  const trainees = [...data.trainees].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
      const own = records.get(t.id) ?? [];
      const checks = rule.checks.map((c) => evaluateCheck(c, own, asOf));
      result = { trainee: t.id, group: t.group, met: checks.every((c) => c.met), checks };
    }
    if (result.met) met++;
    out.push(result);
  }
  return { asOf, trainees: out, summary: { trainees: out.length, met } };
}
