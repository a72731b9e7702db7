// Texts of the first run on an empty store.
export const firstRunTexts = {
  title: '欢迎使用教务通',
  description: '数据文件还是空的。可以先载入一所示范院校熟悉功能，也可以直接填写本院校信息开始使用。',
  demoTitle: '载入示范院校',
  demoText: '载入一所示范省委党校的数据：几个学期的班次与课次安排，以及课程库、师资库和学员培训记录。可随时在“设置”中导出或改用自己的数据。',
  demoButton: '载入示范数据',
  demoLoading: '正在载入示范数据……',
  demoDone: '示范数据已载入',
  demoFailed: '示范数据载入失败',
  ownTitle: '从本院校开始',
  ownText: '填写院校名称、层级和类型后，即可新建学期、班次，建立课程库与师资库；已有交换文件的，可在“设置”中导入。',
  storeAt: (path: string) => `数据文件：${path}`,
};
