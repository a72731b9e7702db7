// Texts of the report generator on 报表.
import type { ReportKind } from '../../../../shared/reports/model.ts';

export const reportTexts = {
  title: '生成报表',
  hint: '选择报表和统计期间，先在下方预览，再导出为 Excel、PDF 或 Word 文件。报表中的数字与“教学指标”页面和命令行的计算结果一致，并注明统计口径、规则集版本和数据质量检查结果。',
  kinds: {
    semester: '学期教学指标统计表',
    renewal: '年度课程更新情况',
    faculty: '师资授课统计',
    compliance: '学员学时达标情况',
  } satisfies Record<ReportKind, string>,
  semester: '学期',
  semesterPlaceholder: '选择学期',
  year: '年度',
  asOf: '截止日期',
  preview: '预览',
  refresh: '刷新预览',
  exportAs: (format: string) => `导出 ${format}`,
  exporting: (format: string) => `正在生成 ${format} 文件…`,
  exported: (name: string) => `已生成 ${name}`,
  exportFailed: '报表生成失败',
  previewFailed: '预览失败',
  previewTitle: '报表预览',
  noSemester: '还没有学期，请先在“学期规划”中新建学期或导入数据。',
  needPeriod: '请先选择统计期间。',
};
