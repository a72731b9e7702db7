// Where a finding's record is fixed in the app.
import type { RecordRef } from '../../../../shared/domain/quality/types.ts';

export function recordPath(ref: RecordRef): string | undefined {
  const id = encodeURIComponent(ref.id);
  switch (ref.kind) {
    case 'class':
      return `/classes/${id}`;
    case 'session':
      return ref.owner ? `/classes/${encodeURIComponent(ref.owner)}` : undefined;
    case 'course':
      return `/courses/${id}`;
    case 'faculty':
      return `/faculty/${id}`;
    case 'trainee':
      return `/trainees/${id}`;
    case 'trainingRecord':
      return ref.owner ? `/trainees/${encodeURIComponent(ref.owner)}` : undefined;
    case 'semester':
      return `/planner/${id}`;
  }
}

export const RECORD_KIND_LABELS: Record<RecordRef['kind'], string> = {
  semester: '学期',
  class: '班次',
  session: '课次',
  course: '课程',
  faculty: '教师',
  trainee: '学员',
  trainingRecord: '培训记录',
};
