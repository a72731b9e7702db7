// 学期教学指标统计表: every semester indicator with value, threshold, status and gap, a chart, the
// per-class breakdown, and each per-class indicator (T2) class by class.
import type { IndicatorResult, SemesterIndicators } from '../../../../shared/domain/indicators/types.ts';
import type { RuleSet, TeachingRule } from '../../../../shared/domain/rules/schema.ts';
import type { Semester } from '../../../../shared/domain/types.ts';
import { COUNTING_RULES } from '../../../../shared/domain/rules/counting-rules.ts';
import { formatCell, formatNumber, STATUS_LABELS, toneOf } from '../../../../shared/reports/format.ts';
import { REPORT_TITLES, type ReportModel, type ReportRow, type ReportSection } from '../../../../shared/reports/model.ts';
import { header, institutionKind, safeFileName, type ReportContext } from './common.ts';

export interface SemesterReportInput {
  semester: Semester;
  result: SemesterIndicators;
  rules: RuleSet;
}

const figureOf = (i: IndicatorResult) => (i.status === 'not_applicable' && i.computed ? { ...i, ...i.computed, status: i.status } : i);

function note(i: IndicatorResult, rule: TeachingRule | undefined): string {
  if (i.status === 'not_applicable') return i.reason ?? '不适用于本院校';
  if (i.status === 'no_data') return rule?.perClass ? '本学期没有有学时的适用班次' : '本学期适用范围内没有学时';
  if (i.detail?.gap) return i.detail.gap.text;
  if (rule?.perClass && i.classes) {
    const failing = i.classes.filter((c) => c.status === 'fail').length;
    return `共 ${i.classes.length} 个班次${failing ? `，${failing} 个未达标` : '，均达标'}`;
  }
  return '';
}

export function buildSemesterReport(input: SemesterReportInput, ctx: ReportContext): ReportModel {
  const { semester, result, rules } = input;
  const ruleOf = new Map(rules.teaching.map((r) => [r.id, r]));
  const label = (i: IndicatorResult) => i.detail?.label ?? ruleOf.get(i.id)?.label ?? i.id;
  const isRatio = (i: IndicatorResult) => (ruleOf.get(i.id)?.shape ?? 'ratio') === 'ratio';

  const overview: ReportRow[] = result.indicators.map((raw) => {
    const i = figureOf(raw);
    const ratio = isRatio(raw);
    const show = (v: number | undefined) => (v === undefined ? null : ratio ? v : `${formatNumber(v)} 学时`);
    return {
      cells: [
        raw.id,
        label(raw),
        show(i.value),
        i.numerator ?? null,
        i.denominator ?? null,
        ratio ? raw.threshold : `${formatNumber(raw.threshold)} 学时`,
        STATUS_LABELS[raw.status],
        note(raw, ruleOf.get(raw.id)),
      ],
      tone: toneOf(raw.status),
    };
  });

  const passed = result.indicators.filter((i) => i.status === 'pass').length;
  const failed = result.indicators.filter((i) => i.status === 'fail');
  const pulling = failed
    .filter((i) => i.detail && i.detail.pullingDown.length)
    .map((i) => {
      const names = new Map(i.detail!.classes.map((c) => [c.class, c.name]));
      return `${i.id}（${label(i)}）未达标，拉低比例最多的班次：${i.detail!.pullingDown.slice(0, 5).map((k) => names.get(k) ?? k).join('、')}。`;
    });

  const sections: ReportSection[] = [
    {
      title: '指标总览',
      paragraphs: [
        `本学期共统计 ${result.indicators.length} 项教学指标：达标 ${passed} 项，未达标 ${failed.length} 项，其余为不适用或无数据。`,
        ...pulling,
      ],
      chart: {
        title: `${semester.name}教学指标完成情况`,
        format: 'percent',
        bars: result.indicators
          .filter((i) => isRatio(i))
          .map((raw) => {
            const i = figureOf(raw);
            return { label: `${raw.id} ${label(raw)}`, value: i.value ?? null, threshold: raw.threshold, tone: toneOf(raw.status) };
          }),
      },
      table: {
        name: '指标总览',
        columns: [
          { header: '编号', format: 'text', width: 5 },
          { header: '指标', format: 'text', width: 18 },
          { header: '实际值', format: 'percent', width: 8 },
          { header: '计入学时', format: 'number', width: 8 },
          { header: '总学时', format: 'number', width: 8 },
          { header: '达标线', format: 'percent', width: 7 },
          { header: '状态', format: 'text', width: 6 },
          { header: '差距与说明', format: 'text', width: 24 },
        ],
        rows: overview,
      },
    },
  ];

  // Per-class breakdown: one row per class, one column per ratio indicator the class counts in.
  const ratioIndicators = result.indicators.filter((i) => isRatio(i) && i.detail);
  const classes = new Map<string, { name: string; isMain: boolean; isPartySpirit: boolean; hours: number; values: Map<string, number | undefined> }>();
  for (const i of ratioIndicators)
    for (const c of i.detail!.classes) {
      const row = classes.get(c.class) ?? { name: c.name, isMain: c.isMain, isPartySpirit: c.isPartySpirit, hours: 0, values: new Map() };
      row.hours = Math.max(row.hours, c.denominator);
      row.values.set(i.id, c.value);
      classes.set(c.class, row);
    }
  if (classes.size > 0) {
    sections.push({
      title: '分班次明细',
      paragraphs: [
        `各列为该班次在相应指标口径下的比例；空白表示该班次不在该指标的统计范围内。${ratioIndicators.map((i) => `${i.id}：${label(i)}`).join('；')}。`,
      ],
      table: {
        name: '分班次明细',
        columns: [
          { header: '班次编号', format: 'text', width: 7 },
          { header: '班次名称', format: 'text', width: 18 },
          { header: '主体班次', format: 'text', width: 5 },
          { header: '党性教育班次', format: 'text', width: 6 },
          { header: '总学时', format: 'number', width: 6 },
          ...ratioIndicators.map((i) => ({ header: i.id, format: 'percent' as const, width: 7 })),
        ],
        rows: [...classes.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, c]) => ({
            cells: [id, c.name, c.isMain ? '是' : '否', c.isPartySpirit ? '是' : '否', c.hours, ...ratioIndicators.map((i) => c.values.get(i.id) ?? null)],
          })),
      },
    });
  }

  for (const raw of result.indicators) {
    const rule = ruleOf.get(raw.id);
    if (!rule?.perClass) continue;
    const i = figureOf(raw);
    const names = new Map((raw.detail?.classes ?? []).map((c) => [c.class, c.name]));
    sections.push({
      title: `${label(raw)}（${raw.id}，逐班次）`,
      paragraphs: [
        `${rule.source.clause}。每个有学时的适用班次分别计算，全部班次达标才算达标（达标线 ${formatCell(raw.threshold, isRatio(raw) ? 'percent' : 'number')}）。`,
      ],
      table: {
        name: `${raw.id}逐班次`,
        columns: [
          { header: '班次编号', format: 'text', width: 7 },
          { header: '班次名称', format: 'text', width: 20 },
          { header: `${rule.numeratorLabel}学时`, format: 'number', width: 9 },
          { header: '总学时', format: 'number', width: 7 },
          { header: '比重', format: 'percent', width: 7 },
          { header: '状态', format: 'text', width: 6 },
        ],
        rows: (i.classes ?? []).map((c) => ({
          cells: [c.class, names.get(c.class) ?? c.class, c.numerator, c.denominator, c.value ?? null, STATUS_LABELS[c.status]],
          tone: toneOf(c.status),
        })),
        empty: raw.status === 'not_applicable' ? (raw.reason ?? '不适用') : '本学期没有有学时的适用班次',
      },
    });
  }

  return {
    kind: 'semester',
    title: REPORT_TITLES.semester,
    period: `${semester.name}（${semester.start} 至 ${semester.end}）`,
    summary: [
      { label: '院校层级与类型', value: institutionKind(ctx) },
      { label: '统计学期', value: `${semester.name}（${semester.id}）` },
      { label: '指标达标', value: `${passed} / ${result.indicators.length} 项` },
      { label: '未达标指标', value: failed.length ? failed.map((i) => i.id).join('、') : '无' },
    ],
    sections,
    countingRules: [...COUNTING_RULES],
    fileName: safeFileName(`${REPORT_TITLES.semester}-${semester.name}`),
    ...header(ctx),
  };
}
