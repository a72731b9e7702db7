// Texts of 教学指标 and 报表 as they stand before the indicator engine and the report builder land:
// the data both are computed from, per semester.
export const overviewTexts = {
  indicators: {
    title: '教学指标',
    description: '各学期计算教学指标所依据的学时，以及领导干部在主体班次授课的学时占比（口径：多人授课的课次学时平均分摊）。',
  },
  reports: {
    title: '报表',
    description: '各学期的班次、课次、学时与授课情况汇总；完整数据可导出为交换文件。',
  },
  columns: {
    semester: '学期',
    classes: '班次',
    mainClasses: '主体班次',
    partySpirit: '党性教育班次',
    sessions: '课次',
    hours: '总学时',
    mainHours: '主体班次学时',
    leaderMainHours: '领导干部授课学时（主体班次）',
    leaderShare: '占主体班次学时',
    courses: '开设课程',
    lecturers: '授课教师',
  },
  noData: '无学时',
  emptyTitle: '还没有学期数据',
  emptyDescription: '在“学期规划”中新建学期并安排课次，或在“设置”中导入交换文件后，这里会按学期汇总。',
  leadersTitle: '领导干部授课',
};
