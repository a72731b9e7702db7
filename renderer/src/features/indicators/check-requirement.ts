// A trainee check's requirement and window as a sentence.
import type { TraineeCheck } from '../../../../shared/domain/rules/schema.ts';
import { formatPercent } from '../../components/format.ts';
import { indicatorTexts as t } from './texts.ts';

export function requirementOf(check: TraineeCheck): string {
  const m = check.measure;
  const what = m.type === 'hours_or_days' ? `≥ ${t.compliance.hoursOrDays(m.hours, m.days)}` : m.type === 'theory_ratio' ? t.compliance.ratioAtLeast(formatPercent(m.ratio)) : t.compliance.countAtLeast(m.count);
  const when = check.window.type === 'year' ? t.compliance.window.year : t.compliance.window.fixed(check.window.from, check.window.to);
  return `${when}：${what}`;
}
