// The panel's rows: each semester indicator and the year's renewal rate, in one display shape.
import type { LiveIndicators } from '../../../../shared/domain/planner/live-indicators.ts';
import type { RuleSet } from '../../../../shared/domain/rules/schema.ts';
import { formatHours, formatPercent } from '../../components/format.ts';
import { plannerTexts as t } from './texts.ts';

export interface IndicatorRowData {
  id: string;
  label: string;
  ratio: boolean;
  value: number | undefined;
  threshold: number;
  status: string;
  /** “56.5 / 255 学时”, or the lowest class for a per-class figure. */
  detail: string | undefined;
  /** How far from the threshold, when failing; why not computed otherwise. */
  note: string | undefined;
}

export const formatValue = (row: Pick<IndicatorRowData, 'ratio'>, v: number): string =>
  row.ratio ? formatPercent(v) : `${formatHours(v)} 学时`;

export function indicatorRows(live: LiveIndicators, ruleSet: RuleSet, classNames: (id: string) => string): IndicatorRowData[] {
  const rows: IndicatorRowData[] = live.semester.indicators.map((r) => {
    const rule = ruleSet.teaching.find((x) => x.id === r.id);
    const ratio = rule?.shape !== 'hours';
    let detail: string | undefined;
    if (r.classes && r.classes.length > 0) {
      const worst = [...r.classes].sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0]!;
      detail = `最低：${classNames(worst.class)}（${r.classes.length} 个班次）`;
    } else if (r.numerator !== undefined && r.denominator !== undefined)
      detail = `${formatHours(r.numerator)} / ${formatHours(r.denominator)} 学时`;
    const note = r.status === 'not_applicable' ? r.reason : r.status === 'no_data' ? t.noDataHint : r.detail?.gap?.text;
    return { id: r.id, label: r.detail?.label ?? rule?.label ?? r.id, ratio, value: r.value, threshold: r.threshold, status: r.status, detail, note };
  });
  for (const r of live.renewal) {
    const year = r.years?.at(-1);
    rows.push({
      id: r.id,
      label: r.detail?.label ?? r.id,
      ratio: true,
      value: r.value,
      threshold: r.threshold,
      status: r.status,
      detail: year ? `${t.renewalYear(year.year)}：${year.renewed} / ${year.offered} 门` : undefined,
      note: r.status === 'not_applicable' ? r.reason : undefined,
    });
  }
  return rows;
}
