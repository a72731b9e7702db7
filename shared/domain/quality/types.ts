// Data-quality findings (每班必检): each points at the record to fix, in Chinese.

export type Severity = 'error' | 'warning' | 'info';

export type FindingRecordKind = 'semester' | 'class' | 'session' | 'course' | 'faculty' | 'trainee' | 'trainingRecord';

export interface RecordRef {
  kind: FindingRecordKind;
  id: string;
  /** The class a session belongs to, and the trainee a training record belongs to: where the UI opens it. */
  owner?: string;
}

/** Checks of a semester's teaching: its classes, sessions, lecturers and courses. */
export const TEACHING_CHECKS = [
  'session_outside_semester',
  'session_outside_class',
  'session_no_lecturer',
  'lecturer_double_booked',
  'class_sessions_overlap',
  'zero_hours',
  'class_no_sessions',
  'course_no_category',
] as const;
/** Checks of the trainees and their training records (store-wide, not per semester). */
export const TRAINEE_CHECKS = ['trainee_group', 'record_outside_window'] as const;
export const QUALITY_CHECKS = [...TEACHING_CHECKS, ...TRAINEE_CHECKS] as const;
export type QualityCheckId = (typeof QUALITY_CHECKS)[number];

export const QUALITY_CHECK_LABELS: Record<QualityCheckId, string> = {
  session_outside_semester: '课次日期超出学期',
  session_outside_class: '课次日期超出班次起止日期',
  session_no_lecturer: '课次未安排授课教师',
  lecturer_double_booked: '教师同一时间重复排课',
  class_sessions_overlap: '同一班次课次时间重叠',
  zero_hours: '课次学时为 0',
  class_no_sessions: '班次没有课次',
  course_no_category: '课程未设置类别',
  trainee_group: '学员学时规则组缺失或无效',
  record_outside_window: '培训记录不计入任何统计区间',
};

export interface Finding {
  check: QualityCheckId;
  severity: Severity;
  message: string;
  record: RecordRef;
  /** Other records involved (the other session of a conflict, the lecturer). */
  related?: RecordRef[];
}

export interface QualityReport {
  semester: string;
  /** Every check that ran, with how many findings it made (a report says which checks ran). */
  checks: { id: QualityCheckId; label: string; findings: number }[];
  findings: Finding[];
  summary: Record<Severity, number>;
}
