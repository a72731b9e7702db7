// 学员学时达标情况: every trainee's checks as of a date, summarised by rule group and by organisation.
import type { TraineeCompliance } from '../../../../shared/domain/indicators/types.ts';
import type { RuleSet } from '../../../../shared/domain/rules/schema.ts';
import { COUNTING_RULES } from '../../../../shared/domain/rules/counting-rules.ts';
import { TRAINEE_RULES } from '../../../../shared/reports/counting-rules.ts';
import { formatPercent } from '../../../../shared/reports/format.ts';
import { REPORT_TITLES, type ReportModel, type ReportRow } from '../../../../shared/reports/model.ts';
import { header, safeFileName, type ReportContext } from './common.ts';
import { compareNames } from '../../../../shared/domain/name-order.ts';

export type ComplianceRow = TraineeCompliance & { name: string; organization: string | null };

interface Tally {
  trainees: number;
  met: number;
  exempt: number;
}

function tally<K>(rows: ComplianceRow[], key: (r: ComplianceRow) => K): Map<K, Tally> {
  const map = new Map<K, Tally>();
  for (const r of rows) {
    const k = key(r);
    const t = map.get(k) ?? { trainees: 0, met: 0, exempt: 0 };
    t.trainees++;
    if (r.met) t.met++;
    if (r.exempt) t.exempt++;
    map.set(k, t);
  }
  return map;
}

const tallyCells = (t: Tally): (number | null)[] => [t.trainees, t.met, t.trainees - t.met, t.exempt, t.trainees ? t.met / t.trainees : null];

export function buildComplianceReport(asOf: string, trainees: ComplianceRow[], rules: RuleSet, ctx: ReportContext): ReportModel {
  const ruleOf = new Map(rules.trainee.map((r) => [r.id, r]));
  const checkLabel = new Map(rules.trainee.flatMap((r) => r.checks.map((c) => [c.id, c.label] as const)));
  const all = tally(trainees, () => 'all').get('all') ?? { trainees: 0, met: 0, exempt: 0 };
  const tallyColumns = [
    { header: '人数', format: 'integer' as const, width: 6 },
    { header: '达标', format: 'integer' as const, width: 6 },
    { header: '未达标', format: 'integer' as const, width: 6 },
    { header: '其中免于考核', format: 'integer' as const, width: 7 },
    { header: '达标率', format: 'percent' as const, width: 7 },
  ];
  const byGroup = [...tally(trainees, (r) => r.group ?? '').entries()].sort(([a], [b]) => a.localeCompare(b));
  const byOrg = [...tally(trainees, (r) => r.organization ?? '').entries()].sort(([a], [b]) => compareNames(a, b));

  const detail: ReportRow[] = [];
  for (const t of trainees) {
    const base = [t.trainee, t.name, t.organization ?? '', t.group ?? '未设置'];
    if (t.checks.length === 0) {
      detail.push({ cells: [...base, t.exempt ? '免于考核' : (t.reason ?? '无适用检查'), null, null, null, t.met ? '达标' : '未达标'], tone: t.met ? 'pass' : 'fail' });
      continue;
    }
    for (const c of t.checks) {
      const extra = c.ratio !== undefined ? formatPercent(c.ratio) : c.count !== undefined ? `${c.count} 次` : c.days !== undefined ? c.days : null;
      detail.push({
        cells: [...base, `${c.id} ${checkLabel.get(c.id) ?? ''}`.trim(), c.hours, extra, c.met ? '满足' : '不满足', t.met ? '达标' : '未达标'],
        tone: t.met ? 'pass' : 'fail',
      });
    }
  }

  return {
    kind: 'compliance',
    title: REPORT_TITLES.compliance,
    period: `截至 ${asOf}`,
    summary: [
      { label: '学员', value: `${all.trainees} 人` },
      { label: '达标', value: `${all.met} 人${all.trainees ? `（${formatPercent(all.met / all.trainees)}）` : ''}` },
      { label: '未达标', value: `${all.trainees - all.met} 人` },
    ],
    sections: [
      {
        title: '按学时规则组汇总',
        paragraphs: [`截至 ${asOf}，共 ${all.trainees} 名学员，达标 ${all.met} 人，未达标 ${all.trainees - all.met} 人。`],
        chart: {
          title: '各学时规则组达标率',
          format: 'percent',
          bars: byGroup.map(([g, t]) => ({ label: g ? `${g} ${ruleOf.get(g)?.label ?? ''}` : '未设置', value: t.trainees ? t.met / t.trainees : null, threshold: null, tone: t.met === t.trainees ? ('pass' as const) : ('fail' as const) })),
        },
        table: {
          name: '按规则组',
          columns: [
            { header: '规则组', format: 'text', width: 6 },
            { header: '规则', format: 'text', width: 22 },
            ...tallyColumns,
          ],
          rows: [
            ...byGroup.map(([g, t]) => ({ cells: [g || '未设置', g ? (ruleOf.get(g)?.label ?? '规则集中无此规则') : '', ...tallyCells(t)] })),
            { cells: ['合计', '', ...tallyCells(all)], total: true },
          ],
        },
      },
      {
        title: '按工作单位汇总',
        table: {
          name: '按单位',
          columns: [{ header: '工作单位', format: 'text', width: 24 }, ...tallyColumns],
          rows: [...byOrg.map(([o, t]) => ({ cells: [o || '未填写', ...tallyCells(t)] })), { cells: ['合计', ...tallyCells(all)], total: true }],
        },
      },
      {
        title: '学员逐项检查明细',
        paragraphs: ['每名学员按其规则组的每一项检查列出一行：学时为该检查统计到的学时；“天数/比例/次数”为天数（理论学习比例检查为理论学时占比，次数检查为培训次数）。'],
        table: {
          name: '学员明细',
          columns: [
            // Wide enough for “P2.annual 年度县级以上党委脱产培训” on one line: a printed row is one line.
            { header: '编号', format: 'text', width: 6 },
            { header: '姓名', format: 'text', width: 5 },
            { header: '工作单位', format: 'text', width: 12 },
            { header: '规则组', format: 'text', width: 4 },
            { header: '检查项', format: 'text', width: 22 },
            { header: '学时', format: 'number', width: 5 },
            { header: '天数/比例/次数', format: 'number', width: 6 },
            { header: '检查结果', format: 'text', width: 5 },
            { header: '是否达标', format: 'text', width: 5 },
          ],
          rows: detail,
          empty: '没有学员',
        },
      },
    ],
    countingRules: [...TRAINEE_RULES, ...COUNTING_RULES],
    fileName: safeFileName(`${REPORT_TITLES.compliance}-截至${asOf}`),
    ...header(ctx),
  };
}
