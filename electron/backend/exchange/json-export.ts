// Writes the store back as an exchange document. Null optional fields are left out, as a hand-written
// document would leave them out, so export(import(doc)) gives the document's data back.
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../../shared/exchange/document.ts';
import { derivedRecordId } from '../../../shared/exchange/record-id.ts';
import type { Store } from '../store/connection.ts';

type Json = Record<string, unknown>;

/** Drops null fields: the exchange format writes an absent optional field by leaving it out. */
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));

function yearsBy(store: Store, sql: string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const r of store.sqlite.prepare(sql).raw().iterate() as Iterable<[string, number]>) {
    (map.get(r[0]) ?? map.set(r[0], []).get(r[0])!).push(r[1]);
  }
  return map;
}

export function exportExchange(store: Store): Json {
  const all = (sql: string) => store.sqlite.prepare(sql).all() as Json[];
  const institution = store.sqlite.prepare('SELECT name, level, kind FROM institution WHERE id = 1').get() as Json | undefined;
  const courseYears = yearsBy(store, 'SELECT course_id, year FROM course_revisions ORDER BY course_id, year');
  const onlineYears = yearsBy(store, 'SELECT online_course_id, year FROM online_course_revisions ORDER BY online_course_id, year');
  const lecturers = new Map<string, string[]>();
  for (const r of store.sqlite
    .prepare('SELECT session_id, faculty_id FROM session_lecturers ORDER BY session_id, position')
    .raw()
    .iterate() as Iterable<[string, string]>) {
    (lecturers.get(r[0]) ?? lecturers.set(r[0], []).get(r[0])!).push(r[1]);
  }

  const doc: Json = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION };
  if (institution) doc.institution = institution;
  doc.semesters = all('SELECT id, name, year, start_date AS start, end_date AS "end" FROM semesters ORDER BY id');
  doc.faculty = all('SELECT id, name, type, title, organization, tier FROM faculty ORDER BY id').map(compact);
  doc.courses = all(
    'SELECT id, title, category, method, form, first_offered_year AS firstOfferedYear, is_case AS isCase FROM courses ORDER BY id',
  ).map((c) => ({ ...compact(c), revisedYears: courseYears.get(c.id as string) ?? [], isCase: c.isCase === 1 }));
  doc.classes = all(
    `SELECT id, name, semester_id AS semester, is_main AS isMain, is_party_spirit AS isPartySpirit,
            start_date AS start, end_date AS "end", trainee_count AS traineeCount FROM classes ORDER BY id`,
  ).map((c) => compact({ ...c, isMain: c.isMain === 1, isPartySpirit: c.isPartySpirit === 1 }));
  doc.sessions = all(
    `SELECT id, class_id AS class, course_id AS course, date, start_time AS start, hours, category, method, form
     FROM sessions ORDER BY id`,
  ).map((s) => ({ ...compact(s), lecturers: lecturers.get(s.id as string) ?? [] }));
  doc.onlineCourses = all(
    'SELECT id, title, hours, published_year AS publishedYear FROM online_courses ORDER BY id',
  ).map((o) => ({ ...compact(o), revisedYears: onlineYears.get(o.id as string) ?? [] }));
  doc.trainees = all('SELECT id, name, group_id AS "group", organization, exempt FROM trainees ORDER BY id').map((t) =>
    compact({ ...t, exempt: t.exempt === 1 }),
  );
  doc.trainingRecords = all(
    `SELECT id, trainee_id AS trainee, date, hours, days, kind, full_time AS fullTime, theory,
            organizer_level AS organizerLevel, class_id AS class FROM training_records ORDER BY trainee_id, date, id`,
  ).map((r) => {
    const record = compact({ ...r, fullTime: r.fullTime === 1, theory: r.theory === 1 });
    // An id the importer derived is left out: importing the export derives the same id again.
    if (derivedRecordId(record).startsWith(String(record.id).replace(/#\d+$/, '#'))) delete record.id;
    return record;
  });
  return doc;
}
