// Writes validated rows of an exchange document with upserts by id, one row at a time as the document
// is read; the caller holds the transaction that makes the import all or nothing.
import type { Database, Statement } from 'better-sqlite3';
import type { ExchangeItems } from '../../../shared/exchange/document.ts';
import type { ExchangeKind } from '../../../shared/exchange/fields.ts';
import type { Institution } from '../../../shared/domain/types.ts';
import { classToRow } from '../services/classes.ts';
import { flag } from '../services/context.ts';
import { sessionToRow } from '../services/sessions.ts';
import { nameSortKey, optionalNameSortKey } from '../../../shared/domain/name-order.ts';

function upsert(sqlite: Database, table: string, columns: string[]): Statement {
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

type Writers = { [K in ExchangeKind]: (item: ExchangeItems[K]) => void };

export interface RowWriter {
  write<K extends ExchangeKind>(kind: K, item: ExchangeItems[K]): void;
  /** Writes the rows still held for a batch. */
  flush(): void;
  institution(institution: Institution): void;
}

export function createRowWriter(sqlite: Database): RowWriter {
  const semester = upsert(sqlite, 'semesters', ['id', 'name', 'year', 'start_date', 'end_date']);
  const faculty = upsert(sqlite, 'faculty', ['id', 'name', 'type', 'title', 'organization', 'tier', 'name_key', 'organization_key']);
  const course = upsert(sqlite, 'courses', ['id', 'title', 'category', 'method', 'form', 'first_offered_year', 'is_case', 'title_key']);
  const dropRevisions = sqlite.prepare(
    `DELETE FROM course_revisions WHERE course_id = ? AND year NOT IN (SELECT value FROM json_each(?))`,
  );
  const addRevision = sqlite.prepare(`INSERT OR IGNORE INTO course_revisions (course_id, year) VALUES (?, ?)`);
  const klass = upsert(sqlite, 'classes', [
    'id', 'name', 'semester_id', 'is_main', 'is_party_spirit', 'start_date', 'end_date', 'trainee_count', 'name_key',
  ]);
  const session = upsert(sqlite, 'sessions', [
    'id', 'class_id', 'course_id', 'date', 'start_time', 'hours', 'category', 'method', 'form',
  ]);
  const dropLecturers = sqlite.prepare(`DELETE FROM session_lecturers WHERE session_id = ?`);
  const addLecturer = sqlite.prepare(`INSERT INTO session_lecturers (session_id, faculty_id, position) VALUES (?, ?, ?)`);
  const online = upsert(sqlite, 'online_courses', ['id', 'title', 'hours', 'published_year']);
  const dropOnlineRevisions = sqlite.prepare(`DELETE FROM online_course_revisions WHERE online_course_id = ?`);
  const addOnlineRevision = sqlite.prepare(`INSERT INTO online_course_revisions (online_course_id, year) VALUES (?, ?)`);
  const trainees = batchedUpsert(sqlite, 'trainees', ['id', 'name', 'group_id', 'organization', 'exempt', 'name_key', 'organization_key']);
  const records = batchedUpsert(sqlite, 'training_records', [
    'id', 'trainee_id', 'date', 'hours', 'days', 'kind', 'full_time', 'theory', 'organizer_level', 'class_id',
  ]);

  const writers: Writers = {
    semesters: (s) => semester.run({ id: s.id, name: s.name, year: s.year, start_date: s.start, end_date: s.end }),
    faculty: (f) => faculty.run({ ...f, name_key: nameSortKey(f.name), organization_key: optionalNameSortKey(f.organization) }),
    courses: (c) => {
      course.run({
        id: c.id,
        title: c.title,
        category: c.category,
        method: c.method,
        form: c.form,
        first_offered_year: c.firstOfferedYear,
        is_case: flag(c.isCase),
        title_key: nameSortKey(c.title),
      });
      dropRevisions.run(c.id, JSON.stringify(c.revisedYears));
      for (const y of c.revisedYears) addRevision.run(c.id, y);
    },
    classes: (c) => klass.run(classToRow(c)),
    sessions: (s) => {
      session.run(sessionToRow(s));
      dropLecturers.run(s.id);
      s.lecturers.forEach((f, i) => addLecturer.run(s.id, f, i));
    },
    onlineCourses: (o) => {
      online.run({ id: o.id, title: o.title, hours: o.hours, published_year: o.publishedYear });
      dropOnlineRevisions.run(o.id);
      for (const y of o.revisedYears) addOnlineRevision.run(o.id, y);
    },
    // an empty group means none (the store holds no empty group names)
    trainees: (t) =>
      trainees.add(t.id, t.name, t.group || null, t.organization, flag(t.exempt), nameSortKey(t.name), optionalNameSortKey(t.organization)),
    trainingRecords: (r) =>
      records.add(r.id, r.trainee, r.date, r.hours, r.days, r.kind, flag(r.fullTime), flag(r.theory), r.organizerLevel, r.class),
  };

  return {
    write(kind, item) {
      writers[kind](item);
    },
    flush() {
      trainees.flush();
      records.flush();
    },
    institution(i) {
      sqlite
        .prepare(
          `INSERT INTO institution (id, name, level, kind) VALUES (1, @name, @level, @kind)
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, level = excluded.level, kind = excluded.kind`,
        )
        .run(i);
    },
  };
}
