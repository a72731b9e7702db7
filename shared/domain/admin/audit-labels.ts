// Chinese names of what the audit log records: the action (the part of the method after the dot) and the
// kind of record (the contract section). Unknown ones are shown as they are.
import { KIND_LABELS } from '../../exchange/fields.ts';

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
  retry: '重新打开数据库',
  openOther: '打开其他数据库文件',
  quit: '退出',
};

export const AUDIT_KIND_LABELS: Record<string, string> = {
  institution: '院校信息',
  exchange: '交换文件',
  xlsx: 'Excel 文件',
  ...KIND_LABELS,
  backup: '备份',
  planner: '学期规划',
  rules: '规则集',
  auth: '登录与账号',
  users: '用户',
  personalData: '个人信息',
  recovery: '数据库恢复',
};

/** The action of a method name: `trainees.create` → `create`. */
export const auditAction = (method: string): string => method.slice(method.indexOf('.') + 1);

export const auditActionLabel = (method: string): string => AUDIT_ACTION_LABELS[auditAction(method)] ?? method;
export const auditKindLabel = (kind: string): string => AUDIT_KIND_LABELS[kind] ?? kind;

/** Chinese names of the record fields an entry's values carry; a kind's own names come first. */
const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  name: '名称',
  title: '名称',
  level: '层级',
  kind: '类型',
  type: '类型',
  start: '开始',
  end: '结束',
  semester: '学期',
  isMain: '主体班次',
  isPartySpirit: '党性教育班次',
  traineeCount: '学员人数',
  category: '课程类别',
  class: '班次',
  course: '课程',
  date: '日期',
  days: '天数',
  hours: '学时',
  exempt: '免于学时要求',
  firstOfferedYear: '首次开设年份',
  form: '教学形式',
  method: '教学方式',
  fullTime: '脱产',
  theory: '理论教育',
  group: '学时规则分组',
  isCase: '案例课程',
  lecturers: '授课教师',
  note: '说明',
  organization: '工作单位',
  organizerLevel: '主办层级',
  publishedYear: '上线年份',
  retired: '已停用',
  revisedYears: '修订年份',
  tier: '层次',
  trainee: '学员',
  year: '年份',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  active: '启用',
  createdAt: '建立时间',
  idleMinutes: '锁定前空闲分钟数',
  passwordChanged: '已修改密码',
};
const KIND_FIELD_LABELS: Record<string, Record<string, string>> = {
  trainees: { name: '姓名' },
  faculty: { name: '姓名', title: '职称', type: '师资类型' },
  courses: { title: '课程名称' },
  onlineCourses: { title: '课程名称' },
  sessions: { start: '开始时间' },
  institution: { name: '院校名称', kind: '院校类型' },
};

export const auditFieldLabel = (kind: string, field: string): string => KIND_FIELD_LABELS[kind]?.[field] ?? FIELD_LABELS[field] ?? field;
