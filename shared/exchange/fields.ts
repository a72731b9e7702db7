// Field specifications of the exchange document: type, whether required, allowed values, and the
// Chinese label used in every error message. The JSON importer and the Excel importer both validate
// against these, so a field is described once.
import {
  CATEGORIES,
  CATEGORY_LABELS,
  FACULTY_TYPE_LABELS,
  FORM_LABELS,
  INSTITUTION_KIND_LABELS,
  INSTITUTION_LEVEL_LABELS,
  METHOD_LABELS,
  ORGANIZER_LEVEL_LABELS,
  RECORD_KIND_LABELS,
  FACULTY_TYPES,
  FORMS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVELS,
  METHODS,
  ORGANIZER_LEVELS,
  RECORD_KINDS,
} from '../domain/enums.ts';

export type FieldSpec =
  | { type: 'id' | 'text'; label: string; required?: boolean; max?: number }
  | { type: 'ref'; label: string; kind: ExchangeKind; required?: boolean }
  | { type: 'refs'; label: string; kind: ExchangeKind }
  | { type: 'enum'; label: string; values: readonly string[]; labels: Record<string, string>; required?: boolean }
  | { type: 'date'; label: string; required?: boolean }
  | { type: 'time'; label: string; required?: boolean }
  | { type: 'hours'; label: string; required?: boolean }
  | { type: 'year'; label: string; required?: boolean }
  | { type: 'years'; label: string }
  | { type: 'count'; label: string; required?: boolean }
  | { type: 'bool'; label: string };

export type ExchangeKind =
  | 'semesters'
  | 'faculty'
  | 'courses'
  | 'classes'
  | 'sessions'
  | 'onlineCourses'
  | 'trainees'
  | 'trainingRecords';

/** Import order: every kind comes after the kinds it references. */
export const EXCHANGE_KINDS: readonly ExchangeKind[] = [
  'semesters',
  'faculty',
  'courses',
  'classes',
  'sessions',
  'onlineCourses',
  'trainees',
  'trainingRecords',
];

export const KIND_LABELS: Record<ExchangeKind, string> = {
  semesters: '学期',
  faculty: '师资',
  courses: '课程',
  classes: '班次',
  sessions: '课次',
  onlineCourses: '网络课程',
  trainees: '学员',
  trainingRecords: '培训记录',
};

const TEXT_MAX = 500;

export const INSTITUTION_FIELDS: Record<string, FieldSpec> = {
  name: { type: 'text', label: '院校名称', required: true, max: TEXT_MAX },
  level: { type: 'enum', label: '院校层级', values: INSTITUTION_LEVELS, labels: INSTITUTION_LEVEL_LABELS, required: true },
  kind: { type: 'enum', label: '院校类型', values: INSTITUTION_KINDS, labels: INSTITUTION_KIND_LABELS },
};

export const KIND_FIELDS: Record<ExchangeKind, Record<string, FieldSpec>> = {
  semesters: {
    id: { type: 'id', label: '学期编号', required: true },
    name: { type: 'text', label: '学期名称', required: true, max: TEXT_MAX },
    year: { type: 'year', label: '年度', required: true },
    start: { type: 'date', label: '开始日期', required: true },
    end: { type: 'date', label: '结束日期', required: true },
  },
  faculty: {
    id: { type: 'id', label: '师资编号', required: true },
    name: { type: 'text', label: '姓名', required: true, max: TEXT_MAX },
    type: { type: 'enum', label: '师资类型', values: FACULTY_TYPES, labels: FACULTY_TYPE_LABELS },
    title: { type: 'text', label: '职务职称', max: TEXT_MAX },
    organization: { type: 'text', label: '所在单位', max: TEXT_MAX },
    tier: { type: 'text', label: '师资层次', max: TEXT_MAX },
  },
  courses: {
    id: { type: 'id', label: '课程编号', required: true },
    title: { type: 'text', label: '课程名称', required: true, max: TEXT_MAX },
    category: { type: 'enum', label: '课程类别', values: CATEGORIES, labels: CATEGORY_LABELS },
    method: { type: 'enum', label: '教学方式', values: METHODS, labels: METHOD_LABELS },
    form: { type: 'enum', label: '教学形式', values: FORMS, labels: FORM_LABELS },
    firstOfferedYear: { type: 'year', label: '首次开设年度' },
    revisedYears: { type: 'years', label: '重大修订年度' },
    isCase: { type: 'bool', label: '是否案例课程' },
  },
  classes: {
    id: { type: 'id', label: '班次编号', required: true },
    name: { type: 'text', label: '班次名称', required: true, max: TEXT_MAX },
    semester: { type: 'ref', label: '所属学期', kind: 'semesters', required: true },
    isMain: { type: 'bool', label: '是否主体班次' },
    isPartySpirit: { type: 'bool', label: '是否党性教育培训班次' },
    start: { type: 'date', label: '开班日期' },
    end: { type: 'date', label: '结业日期' },
    traineeCount: { type: 'count', label: '学员人数' },
  },
  sessions: {
    id: { type: 'id', label: '课次编号', required: true },
    class: { type: 'ref', label: '所属班次', kind: 'classes', required: true },
    course: { type: 'ref', label: '课程', kind: 'courses', required: true },
    date: { type: 'date', label: '日期', required: true },
    start: { type: 'time', label: '开始时间' },
    hours: { type: 'hours', label: '学时', required: true },
    category: { type: 'enum', label: '课程类别', values: CATEGORIES, labels: CATEGORY_LABELS },
    method: { type: 'enum', label: '教学方式', values: METHODS, labels: METHOD_LABELS },
    form: { type: 'enum', label: '教学形式', values: FORMS, labels: FORM_LABELS },
    lecturers: { type: 'refs', label: '授课教师', kind: 'faculty' },
  },
  onlineCourses: {
    id: { type: 'id', label: '网络课程编号', required: true },
    title: { type: 'text', label: '课程名称', required: true, max: TEXT_MAX },
    hours: { type: 'hours', label: '学时', required: true },
    publishedYear: { type: 'year', label: '上线年度' },
    revisedYears: { type: 'years', label: '重大修订年度' },
  },
  trainees: {
    id: { type: 'id', label: '学员编号', required: true },
    name: { type: 'text', label: '姓名', required: true, max: TEXT_MAX },
    group: { type: 'text', label: '学时规则组', max: 50 },
    organization: { type: 'text', label: '工作单位', max: TEXT_MAX },
    exempt: { type: 'bool', label: '是否免于考核' },
  },
  trainingRecords: {
    id: { type: 'id', label: '记录编号' },
    trainee: { type: 'ref', label: '学员', kind: 'trainees', required: true },
    date: { type: 'date', label: '日期', required: true },
    hours: { type: 'hours', label: '学时', required: true },
    days: { type: 'hours', label: '天数' },
    kind: { type: 'enum', label: '培训类型', values: RECORD_KINDS, labels: RECORD_KIND_LABELS },
    fullTime: { type: 'bool', label: '是否脱产' },
    theory: { type: 'bool', label: '是否理论学习' },
    organizerLevel: { type: 'enum', label: '举办单位层级', values: ORGANIZER_LEVELS, labels: ORGANIZER_LEVEL_LABELS },
    class: { type: 'ref', label: '班次', kind: 'classes' },
  },
};
