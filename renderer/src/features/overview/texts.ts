// Texts of 报表 as it stands before the report builder lands: the data it is computed from, per semester.
export const overviewTexts = {
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
    courses: '开设课程',
    lecturers: '授课教师',
  },
  emptyTitle: '还没有学期数据',
  emptyDescription: '在“学期规划”中新建学期并安排课次，或在“设置”中导入交换文件后，这里会按学期汇总。',
};
