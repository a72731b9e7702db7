// 年度课程更新情况: R1 by year with the renewed courses of the year listed, and R2 with its online courses.
import type { RenewalIndicators, RenewalResult } from '../../../../shared/domain/indicators/types.ts';
import { COUNTING_RULES } from '../../../../shared/domain/rules/counting-rules.ts';
import { formatNumber, formatPercent, STATUS_LABELS, toneOf } from '../../../../shared/reports/format.ts';
import { REPORT_TITLES, type ReportModel, type ReportSection } from '../../../../shared/reports/model.ts';
import { header, safeFileName, type ReportContext } from './common.ts';

const figureOf = (i: RenewalResult) => (i.status === 'not_applicable' && i.computed ? { ...i, ...i.computed, status: i.status } : i);

function verdict(i: RenewalResult, show: (v: number) => string): string {
  const f = figureOf(i);
  const value = f.value === undefined ? '无数据' : show(f.value);
  const reason = i.status === 'not_applicable' ? `（${i.reason ?? '不适用于本院校'}）` : '';
  return `${i.detail?.label ?? i.id}：${value}，达标线 ${show(i.threshold)}，${STATUS_LABELS[i.status]}${reason}。`;
}

export function buildRenewalReport(result: RenewalIndicators, ctx: ReportContext): ReportModel {
  const { year } = result;
  const r1 = result.indicators.find((i) => i.id === 'R1');
  const r2 = result.indicators.find((i) => i.id === 'R2');
  const sections: ReportSection[] = [];
  if (r1) {
    const f = figureOf(r1);
    const years = f.years ?? [];
    sections.push({
      title: '主体班次课程更新率（R1）',
      paragraphs: [verdict(r1, formatPercent), r1.detail?.source.clause ? `依据：${r1.detail.source.plan}，“${r1.detail.source.clause}”。` : ''].filter(Boolean),
      chart: {
        title: '各年度主体班次课程更新率',
        format: 'percent',
        bars: [
          ...years.map((y) => ({ label: `${y.year}年`, value: y.rate, threshold: r1.threshold, tone: y.rate >= r1.threshold ? ('pass' as const) : ('fail' as const) })),
          { label: '年均', value: f.value ?? null, threshold: r1.threshold, tone: toneOf(r1.status) },
        ],
      },
      table: {
        name: 'R1年度更新率',
        columns: [
          { header: '年度', format: 'text', width: 8 },
          { header: '开设课程数', format: 'integer', width: 9 },
          { header: '更新课程数', format: 'integer', width: 9 },
          { header: '更新率', format: 'percent', width: 9 },
        ],
        rows: [
          ...years.map((y) => ({ cells: [`${y.year}年`, y.offered, y.renewed, y.rate] })),
          { cells: [`年均（${years.map((y) => y.year).join('、') || '无'}）`, null, null, f.value ?? null], total: true, tone: toneOf(r1.status) },
        ],
        empty: '规划期内没有开设课程的年度',
      },
    });
    const renewed = (r1.detail?.courses ?? []).filter((c) => c.renewed);
    const offered = r1.detail?.courses?.length ?? 0;
    sections.push({
      title: `${year}年更新课程清单`,
      paragraphs: [`${year}年主体班次共开设 ${offered} 门课程，其中更新课程 ${renewed.length} 门（首次开设或当年重大修订）。`],
      table: {
        name: `${year}年更新课程`,
        columns: [
          { header: '课程编号', format: 'text', width: 8 },
          { header: '课程名称', format: 'text', width: 26 },
          { header: '首次开设年度', format: 'text', width: 8 },
          { header: '更新原因', format: 'text', width: 10 },
        ],
        rows: renewed.map((c) => ({
          cells: [
            c.course,
            c.title,
            c.firstOfferedYear === null ? '未填' : String(c.firstOfferedYear),
            [c.firstOfferedYear === year ? '当年首次开设' : '', c.revised ? '当年重大修订' : ''].filter(Boolean).join('、'),
          ],
        })),
        empty: `${year}年没有更新课程`,
      },
    });
  }
  if (r2) {
    const list = r2.detail?.onlineCourses ?? [];
    const total = list.reduce((s, o) => s + o.hours, 0);
    sections.push({
      title: '网络课程更新学时（R2）',
      paragraphs: [verdict(r2, (v) => `${formatNumber(v)} 学时`), `${year}年新上线或重大修订的网络课程 ${list.length} 门。`],
      table: {
        name: 'R2网络课程',
        columns: [
          { header: '编号', format: 'text', width: 8 },
          { header: '网络课程名称', format: 'text', width: 26 },
          { header: '学时', format: 'number', width: 7 },
          { header: '上线年度', format: 'text', width: 7 },
          { header: '计入原因', format: 'text', width: 9 },
        ],
        rows: [
          ...list.map((o) => ({
            cells: [o.id, o.title, o.hours, o.publishedYear === null ? '未填' : String(o.publishedYear), o.revised && o.publishedYear !== year ? '当年重大修订' : '当年上线'],
          })),
          ...(list.length ? [{ cells: ['合计', `${list.length} 门`, total, null, null], total: true }] : []),
        ],
        empty: `${year}年没有新上线或修订的网络课程`,
      },
    });
  }
  return {
    kind: 'renewal',
    title: REPORT_TITLES.renewal,
    period: `${year}年度（1月1日至12月31日）`,
    summary: result.indicators.map((i) => ({
      label: i.detail?.label ?? i.id,
      value: `${figureOf(i).value === undefined ? '无数据' : i.id === 'R2' ? `${formatNumber(figureOf(i).value!)} 学时` : formatPercent(figureOf(i).value!)}（${STATUS_LABELS[i.status]}）`,
    })),
    sections,
    countingRules: [...COUNTING_RULES],
    fileName: safeFileName(`${REPORT_TITLES.renewal}-${year}年`),
    ...header(ctx),
  };
}
