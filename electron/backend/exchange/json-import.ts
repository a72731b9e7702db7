// Imports an exchange document: validated first, then written in one transaction with upserts by id,
// so a rejected document changes nothing and importing the same document twice changes nothing.
import type { Database } from 'better-sqlite3';
import type { ExchangeData, ExchangeIssue } from '../../../shared/exchange/document.ts';
import { EXCHANGE_KINDS, type ExchangeKind } from '../../../shared/exchange/fields.ts';
import { validateExchange } from '../../../shared/exchange/validate.ts';
import { StoreError } from '../errors.ts';
import type { Store } from '../store/connection.ts';

const TABLES: Record<ExchangeKind, string> = {
  semesters: 'semesters',
  faculty: 'faculty',
  courses: 'courses',
  classes: 'classes',
  sessions: 'sessions',
  onlineCourses: 'online_courses',
  trainees: 'trainees',
  trainingRecords: 'training_records',
};

export type KindCounts = Record<ExchangeKind, number>;

export interface ImportSummary {
  imported: KindCounts;
  warnings: ExchangeIssue[];
}

const b = (v: boolean): number => (v ? 1 : 0);

function upsert(sqlite: Database, table: string, columns: string[]) {
  const updates = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  return sqlite.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`,
  );
}

/**
 * Upserts many rows of one table, ROWS_PER_STATEMENT to a statement: executing a statement opens its
 * table and index cursors and its foreign-key lookups each time, which row by row costs more than the
 * row itself for the million training records of a large school.
 */
const ROWS_PER_STATEMENT = 64;

function batchedUpsert(sqlite: Database, table: string, columns: string[]) {
  const updates = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  const row = `(${columns.map(() => '?').join(', ')})`;
  const statement = (rows: number) =>
    sqlite.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}
       ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`,
    );
  const full = statement(ROWS_PER_STATEMENT);
  const values: unknown[] = [];
  return {
    add(...row: unknown[]): void {
      values.push(...row);
      if (values.length === ROWS_PER_STATEMENT * columns.length) {
        full.run(values);
        values.length = 0;
      }
    },
    flush(): void {
      if (values.length > 0) statement(values.length / columns.length).run(values);
      values.length = 0;
    },
  };
}

function write(sqlite: Database, data: ExchangeData): void {
  if (data.institution) {
    sqlite
      .prepare(
        `INSERT INTO institution (id, name, level, kind) VALUES (1, @name, @level, @kind)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, level = excluded.level, kind = excluded.kind`,
      )
      .run(data.institution);
  }
  const semester = upsert(sqlite, 'semesters', ['id', 'name', 'year', 'start_date', 'end_date']);
  for (const s of data.semesters) semester.run({ id: s.id, name: s.name, year: s.year, start_date: s.start, end_date: s.end });

  const faculty = upsert(sqlite, 'faculty', ['id', 'name', 'type', 'title', 'organization', 'tier']);
  for (const f of data.faculty) faculty.run(f);

  const course = upsert(sqlite, 'courses', ['id', 'title', 'category', 'method', 'form', 'first_offered_year', 'is_case']);
  const dropRevisions = sqlite.prepare(
    `DELETE FROM course_revisions WHERE course_id = ? AND year NOT IN (SELECT value FROM json_each(?))`,
  );
  const addRevision = sqlite.prepare(`INSERT OR IGNORE INTO course_revisions (course_id, year) VALUES (?, ?)`);
  for (const c of data.courses) {
    course.run({
      id: c.id,
      title: c.title,
      category: c.category,
      method: c.method,
      form: c.form,
      first_offered_year: c.firstOfferedYear,
      is_case: b(c.isCase),
    });
    dropRevisions.run(c.id, JSON.stringify(c.revisedYears));
    for (const y of c.revisedYears) addRevision.run(c.id, y);
  }

  const klass = upsert(sqlite, 'classes', [
    'id', 'name', 'semester_id', 'is_main', 'is_party_spirit', 'start_date', 'end_date', 'trainee_count',
  ]);
  for (const c of data.classes)
    klass.run({
      id: c.id,
      name: c.name,
      semester_id: c.semester,
      is_main: b(c.isMain),
      is_party_spirit: b(c.isPartySpirit),
      start_date: c.start,
      end_date: c.end,
      trainee_count: c.traineeCount,
    });

  const session = upsert(sqlite, 'sessions', [
    'id', 'class_id', 'course_id', 'date', 'start_time', 'hours', 'category', 'method', 'form',
  ]);
  const dropLecturers = sqlite.prepare(`DELETE FROM session_lecturers WHERE session_id = ?`);
  const addLecturer = sqlite.prepare(`INSERT INTO session_lecturers (session_id, faculty_id, position) VALUES (?, ?, ?)`);
  for (const s of data.sessions) {
    session.run({
      id: s.id,
      class_id: s.class,
      course_id: s.course,
      date: s.date,
      start_time: s.start,
      hours: s.hours,
      category: s.category,
      method: s.method,
      form: s.form,
    });
    dropLecturers.run(s.id);
    s.lecturers.forEach((f, i) => addLecturer.run(s.id, f, i));
  }

  const online = upsert(sqlite, 'online_courses', ['id', 'title', 'hours', 'published_year']);
  const dropOnlineRevisions = sqlite.prepare(`DELETE FROM online_course_revisions WHERE online_course_id = ?`);
  const addOnlineRevision = sqlite.prepare(`INSERT INTO online_course_revisions (online_course_id, year) VALUES (?, ?)`);
  for (const o of data.onlineCourses) {
    online.run({ id: o.id, title: o.title, hours: o.hours, published_year: o.publishedYear });
    dropOnlineRevisions.run(o.id);
    for (const y of o.revisedYears) addOnlineRevision.run(o.id, y);
  }

  const trainees = batchedUpsert(sqlite, 'trainees', ['id', 'name', 'group_id', 'organization', 'exempt']);
  // an empty group means none (the store holds no empty group names)
  for (const t of data.trainees) trainees.add(t.id, t.name, t.group || null, t.organization, b(t.exempt));
  trainees.flush();

  const records = batchedUpsert(sqlite, 'training_records', [
    'id', 'trainee_id', 'date', 'hours', 'days', 'kind', 'full_time', 'theory', 'organizer_level', 'class_id',
  ]);
  for (const r of data.trainingRecords)
    records.add(r.id, r.trainee, r.date, r.hours, r.days, r.kind, b(r.fullTime), b(r.theory), r.organizerLevel, r.class);
  records.flush();
}

/** An offending value is echoed back so the user can find it, but a huge one only in part. */
function echoable(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…（共 ${value.length} 字）` : value;
  if (value !== null && typeof value === 'object') {
    let text: string;
    try {
      text = JSON.stringify(value) ?? '';
    } catch {
      return '（嵌套过深的值）';
    }
    return text.length > 200 ? `${text.slice(0, 200)}…` : value;
  }
  return value;
}

/** Validates and imports; throws IMPORT_REJECTED with every problem when the document has any error. */
export function importExchange(store: Store, document: unknown): ImportSummary {
  const { sqlite } = store;
  const lookups = new Map(
    EXCHANGE_KINDS.map((kind) => [kind, sqlite.prepare(`SELECT 1 FROM ${TABLES[kind]} WHERE id = ?`).pluck()]),
  );
  const result = validateExchange(document, (kind, id) => lookups.get(kind)!.get(id) !== undefined);
  if (!result.data) {
    throw new StoreError(
      'IMPORT_REJECTED',
      `交换文件有 ${result.errors.length} 处错误，未导入任何数据`,
      result.errors.map((e) => ({ path: e.path, message: e.message, value: echoable(e.value) })),
    );
  }
  const data = result.data;
  sqlite.transaction(() => write(sqlite, data)).immediate();
  const imported = Object.fromEntries(EXCHANGE_KINDS.map((k) => [k, data[k].length])) as KindCounts;
  return { imported, warnings: result.warnings };
}
