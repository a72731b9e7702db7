// Texts of 报表's semester totals (the report generator's texts are in features/reports).
export const overviewTexts = {
  reports: {
    title: '报表',
    description: '生成学期教学指标、年度课程更新、师资授课和学员学时达标报表（Excel、PDF、Word）；下方为各学期汇总，完整数据可导出为交换文件。',
  },
  columns: {
    semester: '学期',
    classes: '班次',
    mainClasses: '主体班次',
    partySpirit: '党性教育班次',
    sessions: '课次',
    hours: '总学时',
    courses: '开设课程',
    lecturers: '授课教师',
  },
  emptyTitle: '还没有学期数据',
  emptyDescription: '在“学期规划”中新建学期并安排课次，或在“设置”中导入交换文件后，这里会按学期汇总。',
};
