// For a failing figure: the hours missing, and which classes pull it down most.
import type { TeachingRule } from '../rules/schema.ts';
import { showHours } from './compare.ts';
import type { ClassBreakdown, Gap } from './types.ts';

/** Hours short of the threshold when `numerator` of `denominator` hours count (ratio) or `numerator` hours (sum). */
export function shortfallOf(rule: TeachingRule, numerator: number, denominator: number): number {
  return rule.shape === 'ratio' ? rule.threshold * denominator - numerator : rule.threshold - numerator;
}

export function gapOf(rule: TeachingRule, shortfall: number, failingClasses: number): Gap | undefined {
  if (shortfall <= 1e-9) return undefined;
  // Adding x hours of the numerator's kind moves both sides: (n + x) / (d + x) >= t  ⇔  x >= shortfall / (1 - t).
  const addHours = rule.shape === 'ratio' && rule.threshold < 1 ? shortfall / (1 - rule.threshold) : shortfall;
  const where = rule.perClass ? `（${failingClasses} 个班次未达标，合计）` : '';
  const text =
    rule.shape === 'ratio'
      ? `还差 ${showHours(shortfall)} 学时${rule.numeratorLabel}${where}（总学时不变时；若只新增课时，需新增 ${showHours(addHours)} 学时）`
      : `还差 ${showHours(shortfall)} 学时${rule.numeratorLabel}${where}`;
  return { hours: shortfall, addHours, text };
}

/** Worst first: the classes whose hours fall furthest below the threshold. */
export function pullingDown(classes: ClassBreakdown[]): string[] {
  return classes.filter((c) => c.shortfall > 1e-9).map((c) => c.class);
}
