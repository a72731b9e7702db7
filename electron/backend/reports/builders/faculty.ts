// 师资授课统计: hours, sessions and classes per lecturer and per lecturer type for a semester, with
// co-taught hours split equally (口径 3).
import { FACULTY_TYPE_LABELS } from '../../../../shared/domain/enums.ts';
import type { Semester } from '../../../../shared/domain/types.ts';
import { COUNTING_RULES } from '../../../../shared/domain/rules/counting-rules.ts';
import { formatNumber } from '../../../../shared/reports/format.ts';
import { REPORT_TITLES, type ReportModel } from '../../../../shared/reports/model.ts';
import type { Workload } from '../../../../shared/reports/workload.ts';
import { header, safeFileName, type ReportContext } from './common.ts';

export function buildFacultyReport(semester: Semester, workload: Workload, ctx: ReportContext): ReportModel {
  const w = workload;
  const assignedHours = w.totalHours - w.unassigned.hours;
  return {
    kind: 'faculty',
    title: REPORT_TITLES.faculty,
    period: `${semester.name}（${semester.start} 至 ${semester.end}）`,
    summary: [
      { label: '总学时', value: `${formatNumber(w.totalHours)} 学时（${w.totalSessions} 个课次）` },
      { label: '授课教师', value: `${w.lecturers.length} 人` },
      { label: '未安排教师', value: `${w.unassigned.sessions} 个课次，${formatNumber(w.unassigned.hours)} 学时` },
    ],
    sections: [
      {
        title: '按师资类型汇总',
        paragraphs: [
          `本学期全部班次共 ${w.totalSessions} 个课次、${formatNumber(w.totalHours)} 学时，其中已安排教师的 ${formatNumber(assignedHours)} 学时按教师平均分摊计入各师资类型；占比以全部学时为分母。`,
          ...(w.unknownLecturers.length ? [`课次引用了师资库中不存在的教师编号：${w.unknownLecturers.join('、')}，其学时未计入任何教师。`] : []),
        ],
        chart: {
          title: '各类师资授课学时占比',
          format: 'percent',
          bars: w.types.filter((t) => t.lecturers > 0).map((t) => ({ label: FACULTY_TYPE_LABELS[t.type], value: t.share, threshold: null, tone: 'pass' as const })),
        },
        table: {
          name: '按师资类型',
          columns: [
            { header: '师资类型', format: 'text', width: 12 },
            { header: '授课人数', format: 'integer', width: 7 },
            { header: '授课学时', format: 'number', width: 8 },
            { header: '课次数', format: 'integer', width: 7 },
            { header: '学时占比', format: 'percent', width: 8 },
          ],
          rows: [
            ...w.types.map((t) => ({ cells: [FACULTY_TYPE_LABELS[t.type], t.lecturers, t.hours, t.sessions, t.share] })),
            { cells: ['未安排教师', null, w.unassigned.hours, w.unassigned.sessions, w.totalHours > 0 ? w.unassigned.hours / w.totalHours : null] },
            { cells: ['合计', w.lecturers.length, w.totalHours, w.totalSessions, w.totalHours > 0 ? 1 : null], total: true },
          ],
        },
      },
      {
        title: '教师授课明细',
        paragraphs: ['按授课学时从多到少排列，学时相同的按姓名拼音排列；“合讲课次”为与其他教师共同讲授的课次，其学时已平均分摊。'],
        table: {
          name: '教师明细',
          columns: [
            { header: '编号', format: 'text', width: 7 },
            { header: '姓名', format: 'text', width: 7 },
            { header: '师资类型', format: 'text', width: 10 },
            { header: '所在单位', format: 'text', width: 16 },
            { header: '授课学时', format: 'number', width: 7 },
            { header: '课次数', format: 'integer', width: 6 },
            { header: '合讲课次', format: 'integer', width: 6 },
            { header: '授课班次数', format: 'integer', width: 7 },
          ],
          rows: w.lecturers.map((l) => ({
            cells: [l.faculty, l.name, FACULTY_TYPE_LABELS[l.type], l.organization ?? '', l.hours, l.sessions, l.coTaughtSessions, l.classes],
          })),
          empty: '本学期没有安排教师的课次',
        },
      },
    ],
    countingRules: [...COUNTING_RULES],
    fileName: safeFileName(`${REPORT_TITLES.faculty}-${semester.name}`),
    ...header(ctx),
  };
}
