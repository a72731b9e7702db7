// The semester's teaching indicators (T1a … T4b and a school's own of the same shapes), in one pass
// over the semester's sessions.
import type { RuleSet, TeachingRule } from '../rules/schema.ts';
import { planTitle } from '../rules/plans.ts';
import { notApplicableReason } from './applicability.ts';
import { meets } from './compare.ts';
import { effectiveOf } from './effective.ts';
import { gapOf, pullingDown, shortfallOf } from './gap.ts';
import type { TeachingIndex } from './teaching-index.ts';
import { inScope } from './scope.ts';
import { compileSelector, type NumeratorHours } from './selector.ts';
import type { ClassBreakdown, ClassFigure, IndicatorResult, IndicatorStatus, SemesterIndicators } from './types.ts';

export interface SemesterOptions {
  /** Compute the figures of indicators that do not apply to the institution too (口径 6). */
  includeNotApplicable?: boolean;
  /** Add the per-class breakdown, the gap and the classes that pull a figure down. */
  detail?: boolean;
}

interface Tally {
  numerator: number;
  denominator: number;
}

interface RuleRun {
  rule: TeachingRule;
  hours: NumeratorHours;
  total: Tally;
  /** Per class, filled after the pass from the arrays below. */
  byClass: Map<string, Tally>;
  /** Per class ordinal during the pass: typed arrays instead of a map lookup per session and rule. */
  numerators: Float64Array;
  denominators: Float64Array;
  seen: Uint8Array;
}

function statusOf(rule: TeachingRule, t: Tally): { value?: number; status: IndicatorStatus } {
  // 口径 4: no hours at all is "no data", never 0% and never a pass.
  if (t.denominator <= 0) return { status: 'no_data' };
  const value = rule.shape === 'ratio' ? t.numerator / t.denominator : t.numerator;
  return { value, status: meets(value, rule.threshold) ? 'pass' : 'fail' };
}

function classFigures(run: RuleRun): ClassFigure[] {
  const figures: ClassFigure[] = [];
  for (const id of [...run.byClass.keys()].sort()) {
    const t = run.byClass.get(id)!;
    // Only classes with hours are held to the rule (口径 4).
    if (t.denominator <= 0) continue;
    const { value, status } = statusOf(run.rule, t);
    figures.push({ class: id, value, numerator: t.numerator, denominator: t.denominator, status });
  }
  return figures;
}

/** The figures of one rule, in the contract's field order. */
function figures(run: RuleRun): Omit<IndicatorResult, 'id' | 'threshold' | 'reason' | 'detail'> {
  if (!run.rule.perClass) {
    const { value, status } = statusOf(run.rule, run.total);
    if (value === undefined) return { status };
    return run.rule.shape === 'ratio'
      ? { value, numerator: run.total.numerator, denominator: run.total.denominator, status }
      : { value, numerator: run.total.numerator, status };
  }
  // T2: each class on its own; the value is the lowest class value; it passes when every class passes.
  const classes = classFigures(run);
  if (classes.length === 0) return { status: 'no_data' };
  const value = Math.min(...classes.map((c) => c.value!));
  return { value, status: classes.every((c) => c.status === 'pass') ? 'pass' : 'fail', classes };
}

function detailOf(run: RuleRun, index: TeachingIndex, status: IndicatorStatus) {
  const { rule } = run;
  const classes: ClassBreakdown[] = [];
  for (const [id, t] of run.byClass) {
    if (t.denominator <= 0) continue;
    const k = index.classes.get(id)!;
    const value = rule.shape === 'ratio' ? t.numerator / t.denominator : t.numerator;
    classes.push({
      class: id,
      name: k.name,
      isMain: k.isMain,
      isPartySpirit: k.isPartySpirit,
      numerator: t.numerator,
      denominator: t.denominator,
      value,
      // A per-class sum rule is held by each class; a school-wide sum has no per-class target.
      shortfall: rule.shape === 'hours' && !rule.perClass ? 0 : shortfallOf(rule, t.numerator, t.denominator),
    });
  }
  classes.sort((a, b) => b.shortfall - a.shortfall || (a.class < b.class ? -1 : 1));
  const failing = classes.filter((c) => c.shortfall > 1e-9);
  const shortfall = rule.perClass
    ? failing.reduce((sum, c) => sum + c.shortfall, 0)
    : shortfallOf(rule, run.total.numerator, run.total.denominator);
  return {
    label: rule.label,
    shape: rule.shape,
    numeratorLabel: rule.numeratorLabel,
    classes,
    pullingDown: pullingDown(classes),
    gap: status === 'fail' ? gapOf(rule, shortfall, failing.length) : undefined,
    source: { plan: planTitle(rule.source.plan), clause: rule.source.clause },
  };
}

export function computeSemester(
  index: TeachingIndex,
  ruleSet: RuleSet,
  semester: string,
  options: SemesterOptions = {},
): SemesterIndicators {
  const institution = index.data.institution;
  const reasons = new Map<string, string | undefined>();
  const semesterClasses = index.data.classes.filter((k) => k.semester === semester);
  const ordinal = new Map(semesterClasses.map((k, i) => [k.id, i]));
  const n = semesterClasses.length;
  const runs: RuleRun[] = [];
  for (const rule of ruleSet.teaching) {
    if (!rule.enabled) continue;
    const reason = notApplicableReason(rule.applicability, institution);
    reasons.set(rule.id, reason);
    if (reason && !options.includeNotApplicable) continue;
    runs.push({
      rule,
      hours: compileSelector(rule.numerator, index.faculty),
      total: { numerator: 0, denominator: 0 },
      byClass: new Map(),
      numerators: new Float64Array(n),
      denominators: new Float64Array(n),
      seen: new Uint8Array(n),
    });
  }

  for (const session of index.sessionsBySemester.get(semester) ?? []) {
    const k = ordinal.get(session.class)!;
    const klass = semesterClasses[k]!;
    const course = index.courses.get(session.course);
    const effective = effectiveOf(session, course);
    for (const run of runs) {
      if (!inScope(run.rule, klass)) continue;
      const numerator = run.hours(session, effective, course);
      run.total.numerator += numerator;
      run.total.denominator += session.hours;
      run.numerators[k]! += numerator;
      run.denominators[k]! += session.hours;
      run.seen[k] = 1;
    }
  }
  for (const run of runs)
    for (let k = 0; k < n; k++)
      if (run.seen[k]) run.byClass.set(semesterClasses[k]!.id, { numerator: run.numerators[k]!, denominator: run.denominators[k]! });

  const byId = new Map(runs.map((r) => [r.rule.id, r]));
  const indicators: IndicatorResult[] = [];
  for (const rule of ruleSet.teaching) {
    if (!rule.enabled) continue;
    const reason = reasons.get(rule.id);
    const run = byId.get(rule.id);
    let result: IndicatorResult;
    if (reason) {
      result = { id: rule.id, threshold: rule.threshold, status: 'not_applicable', reason };
      if (run) result.computed = figures(run) as IndicatorResult['computed'];
    } else {
      const { value, numerator, denominator, status, classes } = figures(run!);
      result = { id: rule.id, value, numerator, denominator, threshold: rule.threshold, status, classes };
      for (const key of ['value', 'numerator', 'denominator', 'classes'] as const) if (result[key] === undefined) delete result[key];
    }
    if (options.detail && run) result.detail = detailOf(run, index, result.computed?.status ?? result.status);
    indicators.push(result);
  }
  return { semester, indicators };
}
