// The first schema: every kind of the exchange format, with constraints strict enough that bad data
// cannot get in even through a bug in a service (STRICT tables, CHECKs on enumerations, dates and hours).
import {
  CATEGORIES,
  FACULTY_TYPES,
  FORMS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVELS,
  METHODS,
  ORGANIZER_LEVELS,
  RECORD_KINDS,
} from '../../../../shared/domain/enums.ts';
import type { Migration } from './migration.ts';

const oneOf = (column: string, values: readonly string[], nullable = false): string => {
  const list = values.map((v) => `'${v}'`).join(', ');
  return nullable ? `CHECK (${column} IS NULL OR ${column} IN (${list}))` : `CHECK (${column} IN (${list}))`;
};
const date = (column: string, nullable = false): string =>
  nullable ? `CHECK (${column} IS NULL OR date(${column}) = ${column})` : `CHECK (date(${column}) = ${column})`;
const year = (column: string, nullable = false): string =>
  nullable ? `CHECK (${column} IS NULL OR ${column} BETWEEN 1949 AND 2100)` : `CHECK (${column} BETWEEN 1949 AND 2100)`;
const bool = (column: string): string => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const id = `id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 100)`;
const text = (column: string): string => `${column} TEXT NOT NULL CHECK (length(${column}) BETWEEN 1 AND 500)`;

export const initial: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
CREATE TABLE institution (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  ${text('name')},
  level TEXT NOT NULL ${oneOf('level', INSTITUTION_LEVELS)},
  kind TEXT NOT NULL ${oneOf('kind', INSTITUTION_KINDS)}
) STRICT;

CREATE TABLE semesters (
  ${id},
  ${text('name')},
  year INTEGER NOT NULL ${year('year')},
  start_date TEXT NOT NULL ${date('start_date')},
  end_date TEXT NOT NULL ${date('end_date')},
  CHECK (end_date >= start_date)
) STRICT;

CREATE TABLE faculty (
  ${id},
  ${text('name')},
  type TEXT NOT NULL ${oneOf('type', FACULTY_TYPES)},
  title TEXT,
  organization TEXT,
  tier TEXT
) STRICT;

CREATE TABLE courses (
  ${id},
  ${text('title')},
  category TEXT ${oneOf('category', CATEGORIES, true)},
  method TEXT ${oneOf('method', METHODS, true)},
  form TEXT ${oneOf('form', FORMS, true)},
  first_offered_year INTEGER ${year('first_offered_year', true)},
  ${bool('is_case')},
  ${bool('retired')}
) STRICT;

CREATE TABLE course_revisions (
  course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  year INTEGER NOT NULL ${year('year')},
  date TEXT ${date('date', true)},
  note TEXT,
  PRIMARY KEY (course_id, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE classes (
  ${id},
  ${text('name')},
  semester_id TEXT NOT NULL REFERENCES semesters(id) ON DELETE RESTRICT,
  ${bool('is_main')},
  ${bool('is_party_spirit')},
  start_date TEXT ${date('start_date', true)},
  end_date TEXT ${date('end_date', true)},
  trainee_count INTEGER CHECK (trainee_count IS NULL OR trainee_count >= 0),
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX classes_semester ON classes(semester_id);

CREATE TABLE sessions (
  ${id},
  class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE RESTRICT,
  course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE RESTRICT,
  date TEXT NOT NULL ${date('date')},
  start_time TEXT CHECK (start_time IS NULL OR (length(start_time) = 5 AND start_time GLOB '[0-2][0-9]:[0-5][0-9]')),
  hours REAL NOT NULL CHECK (hours >= 0 AND hours <= 10000),
  category TEXT ${oneOf('category', CATEGORIES, true)},
  method TEXT ${oneOf('method', METHODS, true)},
  form TEXT ${oneOf('form', FORMS, true)}
) STRICT;
CREATE INDEX sessions_class ON sessions(class_id, date);
CREATE INDEX sessions_course ON sessions(course_id);

CREATE TABLE session_lecturers (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  faculty_id TEXT NOT NULL REFERENCES faculty(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (session_id, faculty_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_lecturers_faculty ON session_lecturers(faculty_id);

CREATE TABLE online_courses (
  ${id},
  ${text('title')},
  hours REAL NOT NULL CHECK (hours >= 0 AND hours <= 10000),
  published_year INTEGER ${year('published_year', true)}
) STRICT;

CREATE TABLE online_course_revisions (
  online_course_id TEXT NOT NULL REFERENCES online_courses(id) ON DELETE CASCADE,
  year INTEGER NOT NULL ${year('year')},
  PRIMARY KEY (online_course_id, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE trainees (
  ${id},
  ${text('name')},
  group_id TEXT CHECK (group_id IS NULL OR length(group_id) BETWEEN 1 AND 50),
  organization TEXT,
  ${bool('exempt')}
) STRICT;

CREATE TABLE training_records (
  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) >= 1),
  trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,
  date TEXT NOT NULL ${date('date')},
  hours REAL NOT NULL CHECK (hours >= 0 AND hours <= 10000),
  days REAL NOT NULL DEFAULT 0 CHECK (days >= 0 AND days <= 10000),
  kind TEXT NOT NULL ${oneOf('kind', RECORD_KINDS)},
  ${bool('full_time')},
  ${bool('theory')},
  organizer_level TEXT ${oneOf('organizer_level', ORGANIZER_LEVELS, true)},
  class_id TEXT REFERENCES classes(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX training_records_trainee ON training_records(trainee_id, date);
`,
};
