// Loads what the indicator engine reads, set-based: one query per table, filtered in SQL to the
// semester, years or date asked for, and mapped to the exchange format's plain records.
import type { Category, FacultyType, Form, InstitutionKind, InstitutionLevel, Method, OrganizerLevel, RecordKind } from '../../../shared/domain/enums.ts';
import type { DrilldownCourse, DrilldownIndex, DrilldownLecturer } from '../../../shared/domain/indicators/drilldown.ts';
import type { ComplianceData, RenewalData, TeachingData } from '../../../shared/domain/indicators/types.ts';
import type { Course, Faculty, Institution, OnlineCourse, Semester, Session, Trainee, TrainingClass, TrainingRecord } from '../../../shared/domain/types.ts';
import { notFound } from '../errors.ts';
import { prepared } from '../store/statements.ts';
import type { StoreSchema } from '../store/schema.ts';
import { toClass, type ClassRow } from './classes.ts';
import type { Ctx } from './context.ts';
import { toSession } from './sessions.ts';

type Params = unknown[];

function institutionOf(ctx: Ctx): Institution | null {
  const row = prepared(ctx.sqlite, `SELECT name, level, kind FROM institution WHERE id = 1`).get() as
    | { name: string; level: InstitutionLevel; kind: InstitutionKind }
    | undefined;
  return row ?? null;
}

function semestersWhere(ctx: Ctx, where: string, params: Params): Semester[] {
  return prepared(ctx.sqlite, `SELECT id, name, year, start_date AS start, end_date AS end FROM semesters WHERE ${where} ORDER BY start_date, id`)
    .all(...params) as Semester[];
}

function classesWhere(ctx: Ctx, where: string, params: Params): TrainingClass[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT id, name, semester_id, is_main, is_party_spirit, start_date, end_date, trainee_count FROM classes WHERE ${where} ORDER BY id`,
  )
    .all(...params) as ClassRow[];
  return rows.map(toClass);
}

/** Sessions matching a condition on `s` (sessions) and `c` (their class), with their lecturers in order. */
function sessionsWhere(ctx: Ctx, where: string, params: Params, withLecturers = true): Session[] {
  const from = `FROM sessions s JOIN classes c ON c.id = s.class_id WHERE ${where}`;
  const rows = prepared(ctx.sqlite, `SELECT s.id, s.class_id, s.course_id, s.date, s.start_time, s.hours, s.category, s.method, s.form ${from}`)
    .all(...params) as StoreSchema['sessions'][];
  const lecturers = new Map<string, string[]>();
  if (withLecturers) {
    const links = prepared(ctx.sqlite, `SELECT l.session_id, l.faculty_id FROM session_lecturers l JOIN sessions s ON s.id = l.session_id JOIN classes c ON c.id = s.class_id WHERE ${where} ORDER BY l.session_id, l.position`)
      .raw()
      .all(...params) as [string, string][];
    for (const [session, faculty] of links) {
      const list = lecturers.get(session);
      if (list) list.push(faculty);
      else lecturers.set(session, [faculty]);
    }
  }
  return rows.map((r) => toSession(r, lecturers.get(r.id) ?? []));
}

/** Courses matching a condition on `courses`, with their revision years. */
function coursesWhere(ctx: Ctx, where: string, params: Params): Course[] {
  const rows = prepared(ctx.sqlite, `SELECT id, title, category, method, form, first_offered_year, is_case, retired FROM courses WHERE ${where} ORDER BY id`)
    .all(...params) as { id: string; title: string; category: Category | null; method: Method | null; form: Form | null; first_offered_year: number | null; is_case: number; retired: number }[];
  const revisions = new Map<string, number[]>();
  const revs = prepared(ctx.sqlite, `SELECT course_id, year FROM course_revisions WHERE course_id IN (SELECT id FROM courses WHERE ${where}) ORDER BY year`)
    .raw()
    .all(...params) as [string, number][];
  for (const [course, year] of revs) (revisions.get(course) ?? revisions.set(course, []).get(course)!).push(year);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    method: r.method,
    form: r.form,
    firstOfferedYear: r.first_offered_year,
    revisedYears: revisions.get(r.id) ?? [],
    isCase: r.is_case === 1,
    retired: r.retired === 1,
  }));
}

function allFaculty(ctx: Ctx): Faculty[] {
  return prepared(ctx.sqlite, `SELECT id, name, type, title, organization, tier FROM faculty ORDER BY id`).all() as (Faculty & { type: FacultyType })[];
}

export function requireSemester(ctx: Ctx, id: string): Semester {
  const [semester] = semestersWhere(ctx, 'id = ?', [id]);
  if (!semester) throw notFound('学期', id);
  return semester;
}

/** One semester's classes and sessions, the courses they use and the faculty pool. */
export function loadSemesterData(ctx: Ctx, semesterId: string): TeachingData {
  const semester = requireSemester(ctx, semesterId);
  const sessions = sessionsWhere(ctx, 'c.semester_id = ?', [semesterId]);
  // The courses the sessions just read name, passed as a list: cheaper than joining the sessions again.
  const courseIds = JSON.stringify([...new Set(sessions.map((s) => s.course))]);
  return {
    institution: institutionOf(ctx),
    semesters: [semester],
    classes: classesWhere(ctx, 'semester_id = ?', [semesterId]),
    courses: coursesWhere(ctx, 'id IN (SELECT value FROM json_each(?))', [courseIds]),
    faculty: allFaculty(ctx),
    sessions,
  };
}

type SessionCourseRow = [
  id: string, course: string, date: string, start: string | null, hours: number, category: Category | null, method: Method | null, form: Form | null,
  title: string, courseCategory: Category | null, courseMethod: Method | null, courseForm: Form | null, isCase: number,
];

/**
 * What the drill-down of one class of a semester reads (asked for at every click): that class, its
 * sessions with what the drill-down uses of their courses, and their lecturers' names and types, in two
 * statements through the class's index, read as rows without building an object per row. Every value
 * read costs (turning it into a JS value costs more than finding its row), so nothing else is read.
 */
export function loadClassDrilldown(ctx: Ctx, semesterId: string, classId: string): DrilldownIndex {
  const semester = requireSemester(ctx, semesterId);
  const classes = new Map(classesWhere(ctx, 'semester_id = ? AND id = ?', [semester.id, classId]).map((k) => [k.id, k]));
  const courses = new Map<string, DrilldownCourse>();
  const faculty = new Map<string, DrilldownLecturer>();
  const sessions: Session[] = [];
  const index: DrilldownIndex = { courses, faculty, classes, sessionsBySemester: new Map([[semester.id, sessions]]) };
  if (classes.size === 0) return index;
  const lecturers = new Map<string, string[]>();
  const links = prepared(
    ctx.sqlite,
    `SELECT l.session_id, f.id, f.name, f.type
     FROM sessions s JOIN session_lecturers l ON l.session_id = s.id JOIN faculty f ON f.id = l.faculty_id
     WHERE s.class_id = ? ORDER BY l.session_id, l.position`,
  )
    .raw()
    .all(classId) as [session: string, id: string, name: string, type: FacultyType][];
  for (const [session, id, name, type] of links) {
    const list = lecturers.get(session);
    if (list) list.push(id);
    else lecturers.set(session, [id]);
    if (!faculty.has(id)) faculty.set(id, { name, type });
  }
  const rows = prepared(
    ctx.sqlite,
    `SELECT s.id, s.course_id, s.date, s.start_time, s.hours, s.category, s.method, s.form, c.title, c.category, c.method, c.form, c.is_case
     FROM sessions s JOIN courses c ON c.id = s.course_id WHERE s.class_id = ?`,
  )
    .raw()
    .all(classId) as SessionCourseRow[];
  for (const [id, course, date, start, hours, category, method, form, title, courseCategory, courseMethod, courseForm, isCase] of rows) {
    sessions.push({ id, class: classId, course, date, start, hours, category, method, form, lecturers: lecturers.get(id) ?? [] });
    if (!courses.has(course)) courses.set(course, { title, category: courseCategory, method: courseMethod, form: courseForm, isCase: isCase === 1 });
  }
  return index;
}

/** Main-class sessions of the years from..to (lecturers are not needed), their courses, and the online courses. */
export function loadRenewalData(ctx: Ctx, from: number, to: number): RenewalData {
  const inYears = 'c.is_main = 1 AND c.semester_id IN (SELECT id FROM semesters WHERE year BETWEEN ? AND ?)';
  const online = prepared(ctx.sqlite, `SELECT id, title, hours, published_year FROM online_courses ORDER BY id`).all() as { id: string; title: string; hours: number; published_year: number | null }[];
  const onlineRevisions = new Map<string, number[]>();
  for (const [id, year] of prepared(ctx.sqlite, `SELECT online_course_id, year FROM online_course_revisions ORDER BY year`).raw().all() as [string, number][])
    (onlineRevisions.get(id) ?? onlineRevisions.set(id, []).get(id)!).push(year);
  const onlineCourses: OnlineCourse[] = online.map((o) => ({ id: o.id, title: o.title, hours: o.hours, publishedYear: o.published_year, revisedYears: onlineRevisions.get(o.id) ?? [] }));
  return {
    institution: institutionOf(ctx),
    semesters: semestersWhere(ctx, 'year BETWEEN ? AND ?', [from, to]),
    classes: classesWhere(ctx, 'is_main = 1 AND semester_id IN (SELECT id FROM semesters WHERE year BETWEEN ? AND ?)', [from, to]),
    courses: coursesWhere(ctx, `id IN (SELECT s.course_id FROM sessions s JOIN classes c ON c.id = s.class_id WHERE ${inYears})`, [from, to]),
    faculty: [],
    sessions: sessionsWhere(ctx, inYears, [from, to], false),
    onlineCourses,
  };
}

export function loadTrainees(ctx: Ctx): Trainee[] {
  const rows = prepared(ctx.sqlite, `SELECT id, name, group_id, organization, exempt FROM trainees ORDER BY id`).all() as { id: string; name: string; group_id: string | null; organization: string | null; exempt: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, group: r.group_id, organization: r.organization, exempt: r.exempt === 1 }));
}

/** Every trainee and their records dated on or before `asOf` (all records without it). */
export function loadComplianceData(ctx: Ctx, asOf?: string): ComplianceData {
  const rows = prepared(
    ctx.sqlite,
    `SELECT id, trainee_id, date, hours, days, kind, full_time, theory, organizer_level, class_id FROM training_records
     WHERE @asOf IS NULL OR date <= @asOf ORDER BY trainee_id, date, rowid`,
  )
    .all({ asOf: asOf ?? null }) as { id: string; trainee_id: string; date: string; hours: number; days: number; kind: RecordKind; full_time: number; theory: number; organizer_level: OrganizerLevel | null; class_id: string | null }[];
  const trainingRecords: TrainingRecord[] = rows.map((r) => ({
    id: r.id,
    trainee: r.trainee_id,
    date: r.date,
    hours: r.hours,
    days: r.days,
    kind: r.kind,
    fullTime: r.full_time === 1,
    theory: r.theory === 1,
    organizerLevel: r.organizer_level,
    class: r.class_id,
  }));
  return { trainees: loadTrainees(ctx), trainingRecords };
}

/**
 * What the data-quality checks of a semester read: its classes and sessions, plus every other session
 * dated within the semester (a lecturer may be booked twice across classes of different semesters).
 */
export function loadQualityData(ctx: Ctx, semesterId: string): TeachingData & { otherSessions: Session[]; otherClasses: TrainingClass[] } {
  const semester = requireSemester(ctx, semesterId);
  const teaching = loadSemesterData(ctx, semesterId);
  const otherSessions = sessionsWhere(ctx, 'c.semester_id <> ? AND s.date BETWEEN ? AND ?', [semesterId, semester.start, semester.end]);
  const otherClasses = classesWhere(ctx, 'id IN (SELECT class_id FROM sessions WHERE date BETWEEN ? AND ?) AND semester_id <> ?', [semester.start, semester.end, semesterId]);
  return { ...teaching, otherSessions, otherClasses };
}
