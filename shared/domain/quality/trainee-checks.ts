// Trainees whose rule group is missing or unknown, and training records no check of their rule counts.
import { RECORD_KIND_LABELS } from '../enums.ts';
import { matchesFilter } from '../indicators/trainee-checks.ts';
import type { RuleSet, TraineeRule } from '../rules/schema.ts';
import type { Trainee, TrainingRecord } from '../types.ts';
import type { Finding } from './types.ts';

export function traineeGroupFindings(trainees: Trainee[], ruleSet: RuleSet): Finding[] {
  const rules = new Map(ruleSet.trainee.map((r) => [r.id, r]));
  const findings: Finding[] = [];
  for (const t of trainees) {
    const record = { kind: 'trainee', id: t.id } as const;
    const who = `学员${t.name}（${t.id}）`;
    if (!t.group) findings.push({ check: 'trainee_group', severity: 'warning', message: `${who}未指定学时规则组，无法判断学时是否达标`, record });
    else if (!rules.has(t.group))
      findings.push({ check: 'trainee_group', severity: 'error', message: `${who}的学时规则组“${t.group}”不在当前规则集中`, record });
    else if (t.exempt && !rules.get(t.group)!.exemptable)
      findings.push({ check: 'trainee_group', severity: 'info', message: `${who}标记为免于硬性要求，但规则“${t.group}”不允许免除，仍按要求检查`, record });
  }
  return findings;
}

/** Whether some check of the rule would count the record for some as-of date. */
function counted(rule: TraineeRule, r: TrainingRecord): boolean {
  return rule.checks.some(
    (c) => matchesFilter(c.records, r) && (c.window.type === 'year' || (r.date >= c.window.from && r.date <= c.window.to)),
  );
}

/** Why no check counts the record: its kind (or full-time / organiser level), or its date. */
function whyNotCounted(rule: TraineeRule, r: TrainingRecord): string {
  if (!rule.checks.some((c) => matchesFilter(c.records, r)))
    return `该规则不计${RECORD_KIND_LABELS[r.kind]}记录${r.kind === 'concentrated' ? '（或脱产、主办层级不符）' : ''}`;
  const spans = new Set(rule.checks.flatMap((c) => (c.window.type === 'fixed' ? [`${c.window.from} 至 ${c.window.to}`] : [])));
  return `日期不在统计区间（${[...spans].join('、')}）内`;
}

export function recordsOutsideWindows(trainees: Trainee[], records: TrainingRecord[], ruleSet: RuleSet): Finding[] {
  const rules = new Map(ruleSet.trainee.map((r) => [r.id, r]));
  const ruleOf = new Map(trainees.map((t) => [t.id, t.group ? rules.get(t.group) : undefined]));
  const findings: Finding[] = [];
  for (const r of records) {
    const rule = ruleOf.get(r.trainee);
    if (!rule || counted(rule, r)) continue;
    const why = whyNotCounted(rule, r);
    findings.push({
      check: 'record_outside_window',
      severity: 'info',
      message: `学员 ${r.trainee} 的培训记录（${r.date}，${r.hours} 学时）不计入规则“${rule.id} ${rule.label}”的任何检查：${why}`,
      record: { kind: 'trainingRecord', id: r.id, owner: r.trainee },
      related: [{ kind: 'trainee', id: r.trainee }],
    });
  }
  return findings;
}
