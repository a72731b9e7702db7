// Writes a planner draft's changes: every session checked first, field by field and against the store,
// then all written or none (the backend runs each write call in one transaction). Each error names the
// session and the field.
import { sessionSchema } from '../../../shared/domain/schemas.ts';
import type { Session } from '../../../shared/domain/types.ts';
import { StoreError } from '../errors.ts';
import type { Ctx } from './context.ts';

const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  class: '班次',
  course: '课程',
  date: '日期',
  start: '开始时间',
  hours: '学时',
  category: '课程类别',
  method: '教学方式',
  form: '教学形式',
  lecturers: '授课教师',
};

export interface ApplyInput {
  semester: string;
  creates: Record<string, unknown>[];
  updates: Record<string, unknown>[];
  deletes: string[];
}

type Issue = { path: string; message: string };

export function applyPlan(ctx: Ctx, input: ApplyInput): { created: number; updated: number; deleted: number } {
  const db = ctx.sqlite;
  const semester = db.prepare('SELECT id, name FROM semesters WHERE id = ?').get(input.semester) as { id: string; name: string } | undefined;
  if (!semester) throw new StoreError('NOT_FOUND', `学期“${input.semester}”不存在`, [{ path: 'semester', message: '学期不存在' }]);

  const classes = new Set(
    (db.prepare('SELECT id FROM classes WHERE semester_id = ?').all(semester.id) as { id: string }[]).map((r) => r.id),
  );
  const storedClass = db.prepare('SELECT class_id FROM sessions WHERE id = ?').pluck();
  const course = db.prepare('SELECT retired FROM courses WHERE id = ?').pluck();
  const faculty = db.prepare('SELECT 1 FROM faculty WHERE id = ?').pluck();

  const issues: Issue[] = [];
  const seen = new Set<string>();
  const checkId = (id: string, path: string, mustExist: boolean): void => {
    const name = `课次“${id}”`;
    if (seen.has(id)) issues.push({ path, message: `${name}在本次保存中出现了不止一次` });
    seen.add(id);
    const cls = storedClass.get(id) as string | undefined;
    if (!mustExist && cls !== undefined) issues.push({ path, message: `${name}已存在，不能重复新建` });
    if (mustExist && cls === undefined) issues.push({ path, message: `${name}不存在，可能已被删除，请重新载入` });
    if (mustExist && cls !== undefined && !classes.has(cls)) issues.push({ path, message: `${name}不属于${semester.name}` });
  };

  const parse = (raw: Record<string, unknown>, path: string, isNew: boolean): Session | null => {
    const label = `课次“${String(raw.id)}”`;
    const result = sessionSchema.safeParse(raw);
    if (!result.success) {
      for (const i of result.error.issues) {
        const field = String(i.path[0] ?? '');
        issues.push({ path: `${path}.${i.path.join('.')}`, message: `${label}的${FIELD_LABELS[field] ?? field}：${i.message}` });
      }
      return null;
    }
    const s = result.data;
    checkId(s.id, `${path}.id`, !isNew);
    if (!classes.has(s.class)) issues.push({ path: `${path}.class`, message: `${label}的班次“${s.class}”不是${semester.name}的班次` });
    const retired = course.get(s.course) as number | undefined;
    if (retired === undefined) issues.push({ path: `${path}.course`, message: `${label}的课程“${s.course}”不在课程库中` });
    else if (retired === 1 && isNew) issues.push({ path: `${path}.course`, message: `${label}的课程“${s.course}”已停用，不能新排课` });
    s.lecturers.forEach((id, i) => {
      if (faculty.get(id) === undefined) issues.push({ path: `${path}.lecturers[${i}]`, message: `${label}的授课教师“${id}”不在师资库中` });
    });
    return s;
  };

  const creates = input.creates.map((raw, i) => parse(raw, `creates[${i}]`, true));
  const updates = input.updates.map((raw, i) => parse(raw, `updates[${i}]`, false));
  input.deletes.forEach((id, i) => checkId(id, `deletes[${i}]`, true));
  if (issues.length > 0)
    throw new StoreError('VALIDATION', `方案未保存，请先改正：${issues.slice(0, 5).map((i) => i.message).join('；')}${issues.length > 5 ? `；等 ${issues.length} 处` : ''}`, issues);

  const insert = db.prepare(
    `INSERT INTO sessions (id, class_id, course_id, date, start_time, hours, category, method, form)
     VALUES (@id, @class, @course, @date, @start, @hours, @category, @method, @form)`,
  );
  const update = db.prepare(
    `UPDATE sessions SET class_id = @class, course_id = @course, date = @date, start_time = @start, hours = @hours,
            category = @category, method = @method, form = @form WHERE id = @id`,
  );
  const clearLecturers = db.prepare('DELETE FROM session_lecturers WHERE session_id = ?');
  const addLecturer = db.prepare('INSERT INTO session_lecturers (session_id, faculty_id, position) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const row = (s: Session) => ({ id: s.id, class: s.class, course: s.course, date: s.date, start: s.start, hours: s.hours, category: s.category, method: s.method, form: s.form });
  const lecturers = (s: Session): void => {
    clearLecturers.run(s.id);
    s.lecturers.forEach((f, i) => addLecturer.run(s.id, f, i));
  };

  for (const id of input.deletes) remove.run(id);
  for (const s of updates as Session[]) {
    update.run(row(s));
    lecturers(s);
  }
  for (const s of creates as Session[]) {
    insert.run(row(s));
    lecturers(s);
  }
  return { created: creates.length, updated: updates.length, deleted: input.deletes.length };
}
