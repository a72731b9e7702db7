// Writes the store back as an exchange document. Null optional fields are left out, as a hand-written
// document would leave them out, so export(import(doc)) gives the document's data back.
// Each kind is read row by row (statement iterators), so the document can also be streamed as JSON text
// (exportExchangeChunks) without a whole school's million records in memory at once.
import type { Database } from 'better-sqlite3';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION } from '../../../shared/exchange/document.ts';
import { derivedRecordId } from '../../../shared/exchange/record-id.ts';
import type { Store } from '../store/connection.ts';

type Json = Record<string, unknown>;

/**
 * Drops null fields: the exchange format writes an absent optional field by leaving it out. Rows are
 * fresh objects from the statement, so this edits them in place (a million records in a large school).
 */
function compact(o: Json): Json {
  for (const key in o) if (o[key] === null) delete o[key];
  return o;
}

function groupBy<V>(sqlite: Database, sql: string): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const r of sqlite.prepare(sql).raw().iterate() as Iterable<[string, V]>) {
    (map.get(r[0]) ?? map.set(r[0], []).get(r[0])!).push(r[1]);
  }
  return map;
}

/** Runs `start` only when the first row is wanted, so a lookup it loads is read in its turn. */
function* lazy<T>(start: () => Iterable<T>): Generator<T> {
  yield* start();
}

function* rows<T>(sqlite: Database, sql: string, map: (row: Json) => T): Generator<T> {
  for (const row of sqlite.prepare(sql).iterate() as Iterable<Json>) yield map(row);
}

/** The document's head (format, version, institution) and each kind's rows, in the format's order. */
function documentParts(sqlite: Database): { head: Json; kinds: [string, Iterable<Json>][] } {
  const institution = sqlite.prepare('SELECT name, level, kind FROM institution WHERE id = 1').get() as Json | undefined;

  const head: Json = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION };
  if (institution) head.institution = institution;
  const kinds: [string, Iterable<Json>][] = [
    ['semesters', rows(sqlite, 'SELECT id, name, year, start_date AS start, end_date AS "end" FROM semesters ORDER BY id', (s) => s)],
    ['faculty', rows(sqlite, 'SELECT id, name, type, title, organization, tier FROM faculty ORDER BY id', compact)],
    [
      'courses',
      lazy(() => {
        const courseYears = groupBy<number>(sqlite, 'SELECT course_id, year FROM course_revisions ORDER BY course_id, year');
        return rows(
          sqlite,
          'SELECT id, title, category, method, form, first_offered_year AS firstOfferedYear, is_case AS isCase FROM courses ORDER BY id',
          (c) => ({ ...compact(c), revisedYears: courseYears.get(c.id as string) ?? [], isCase: c.isCase === 1 }),
        );
      }),
    ],
    [
      'classes',
      rows(
        sqlite,
        `SELECT id, name, semester_id AS semester, is_main AS isMain, is_party_spirit AS isPartySpirit,
                start_date AS start, end_date AS "end", trainee_count AS traineeCount FROM classes ORDER BY id`,
        (c) => {
          c.isMain = c.isMain === 1;
          c.isPartySpirit = c.isPartySpirit === 1;
          return compact(c);
        },
      ),
    ],
    [
      'sessions',
      // Lecturers in order, as a JSON array per session: read along with the session, not loaded up front.
      rows(
        sqlite,
        `SELECT id, class_id AS class, course_id AS course, date, start_time AS start, hours, category, method, form,
                (SELECT json_group_array(faculty_id) FROM
                   (SELECT faculty_id FROM session_lecturers l WHERE l.session_id = s.id ORDER BY position)) AS lecturers
         FROM sessions s ORDER BY id`,
        (s) => {
          s.lecturers = JSON.parse(s.lecturers as string);
          return compact(s);
        },
      ),
    ],
    [
      'onlineCourses',
      lazy(() => {
        const onlineYears = groupBy<number>(sqlite, 'SELECT online_course_id, year FROM online_course_revisions ORDER BY online_course_id, year');
        return rows(sqlite, 'SELECT id, title, hours, published_year AS publishedYear FROM online_courses ORDER BY id', (o) => ({
          ...compact(o),
          revisedYears: onlineYears.get(o.id as string) ?? [],
        }));
      }),
    ],
    [
      'trainees',
      rows(sqlite, 'SELECT id, name, group_id AS "group", organization, exempt FROM trainees ORDER BY id', (t) => {
        t.exempt = t.exempt === 1;
        return compact(t);
      }),
    ],
    [
      'trainingRecords',
      rows(
        sqlite,
        `SELECT id, trainee_id AS trainee, date, hours, days, kind, full_time AS fullTime, theory,
                organizer_level AS organizerLevel, class_id AS class FROM training_records ORDER BY trainee_id, date, id`,
        (r) => {
          r.fullTime = r.fullTime === 1;
          r.theory = r.theory === 1;
          const record = compact(r);
          // An id the importer derived is left out: importing the export derives the same id again.
          if (derivedRecordId(record).startsWith(String(record.id).replace(/#\d+$/, '#'))) delete record.id;
          return record;
        },
      ),
    ],
  ];
  return { head, kinds };
}

export function exportExchange(store: Store): Json {
  const { head, kinds } = documentParts(store.sqlite);
  const doc: Json = { ...head };
  for (const [name, items] of kinds) doc[name] = Array.from(items);
  return doc;
}

/** Rows per chunk: small enough that a caller yielding between chunks keeps other work responsive. */
const CHUNK_ROWS = 100;

/**
 * The same document as JSON text, in chunks of a hundred rows. The rows are read with open
 * statement iterators, so the connection must not run other statements until the generator is done:
 * give it a connection of its own.
 */
export function* exportExchangeChunks(sqlite: Database): Generator<string> {
  const { head, kinds } = documentParts(sqlite);
  let text = JSON.stringify(head).slice(0, -1);
  let n = 0;
  for (const [name, items] of kinds) {
    text += `,${JSON.stringify(name)}:[`;
    let first = true;
    for (const item of items) {
      text += (first ? '' : ',') + JSON.stringify(item);
      first = false;
      if (++n % CHUNK_ROWS === 0) {
        yield text;
        text = '';
      }
    }
    text += ']';
  }
  yield `${text}}`;
}
