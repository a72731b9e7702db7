// Chinese names of what the audit log records: the action (the part of the method after the dot) and the
// kind of record (the contract section). Unknown ones are shown as they are.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  import: '导入',
  restore: '恢复备份',
  apply: '应用规划',
  recordRevision: '登记修订',
  removeRevision: '删除修订',
  setup: '首次设置',
  login: '登录',
  logout: '退出登录',
  changePassword: '修改密码',
  updateSettings: '修改设置',
  erase: '删除个人信息',
};

export const AUDIT_KIND_LABELS: Record<string, string> = {
  institution: '院校信息',
  exchange: '交换文件',
  xlsx: 'Excel 文件',
  semesters: '学期',
  faculty: '师资',
  courses: '课程',
  classes: '班次',
  sessions: '课次',
  onlineCourses: '网络课程',
  trainees: '学员',
  trainingRecords: '培训记录',
  backup: '备份',
  planner: '学期规划',
  rules: '规则集',
  auth: '登录与账号',
  users: '用户',
  personalData: '个人信息',
};

/** The action of a method name: `trainees.create` → `create`. */
export const auditAction = (method: string): string => method.slice(method.indexOf('.') + 1);

export const auditActionLabel = (method: string): string => AUDIT_ACTION_LABELS[auditAction(method)] ?? method;
export const auditKindLabel = (kind: string): string => AUDIT_KIND_LABELS[kind] ?? kind;
