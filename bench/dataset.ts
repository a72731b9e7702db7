// A large provincial Party school as an exchange document, generated from a seed: years of semesters,
// a course catalog that grows and is revised every year, classes with day-by-day timetables, a faculty
// pool, online courses, trainees and their training records. Everything is emitted in order, kind by
// kind, to a sink, so the caller can stream it to a file.
import { createRng, type Rng } from './prng.ts';
import {
  AGENCIES, CLASS_KINDS, COURSE_TOPICS, GIVEN, ONLINE_TOPICS, PLACES, SURNAMES, TEACHING_DEPARTMENTS, TITLES,
  TOPIC_ANGLES, UNITS,
} from './vocabulary.ts';

export interface DatasetOptions {
  seed: number;
  years: number;
  /** The last calendar year of the history; fixed (not today's) so a seed always gives the same file. */
  endYear: number;
  classesPerYear: number;
  /** The mean: a class runs from half to one and a half times this many sessions. */
  sessionsPerClass: number;
  lecturers: number;
  trainees: number;
  records: number;
}

/** The large school of issue 7: 10 years x 120 classes x 60 sessions, 3,000 lecturers, 50,000 trainees, 1,000,000 records. */
export const LARGE_SCHOOL: DatasetOptions = {
  seed: 42,
  years: 10,
  endYear: 2026,
  classesPerYear: 120,
  sessionsPerClass: 60,
  lecturers: 3000,
  trainees: 50_000,
  records: 1_000_000,
};

export interface Sink {
  begin(kind: string): void;
  item(value: unknown): void;
  end(): void;
}

type Json = Record<string, unknown>;
type Weights<T> = readonly (readonly [T, number])[];

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const pad = (prefix: string, n: number, width: number): string => prefix + String(n).padStart(width, '0');
const width = (count: number): number => Math.max(4, String(count).length);

const CATEGORY_MIX: Weights<string> = [['theory', 34], ['party_spirit', 24], ['competence', 22], ['knowledge', 15], ['other', 5]];
const METHOD_MIX: Weights<string> = [
  ['lecture', 52], ['case', 19], ['seminar', 13], ['simulation', 4], ['experiential', 7], ['interview', 3], ['other', 2],
];
const FORM_MIX: Weights<string> = [['classroom', 72], ['field', 14], ['online', 5], ['practice', 9]];
const FACULTY_MIX: Weights<string> = [['fulltime', 40], ['leader', 22], ['expert', 20], ['model', 7], ['grassroots', 8], ['other', 3]];
/** Who teaches a session: leading cadres teach about a fifth of the hours (indicator T3). */
const TEACHER_MIX: Weights<string> = [['fulltime', 50], ['leader', 22], ['expert', 16], ['model', 5], ['grassroots', 5], ['other', 2]];
const GROUP_MIX: Weights<string> = [['H1', 10], ['H2', 30], ['P1', 24], ['P2', 8], ['P3', 5], ['P4', 5], ['G1', 10], ['G2', 8]];
const ORGANIZER_MIX: Weights<string> = [['central', 5], ['provincial', 20], ['municipal', 30], ['county', 35], ['other', 10]];

const personName = (rng: Rng): string =>
  rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');

interface Course {
  id: string;
  category: string;
  firstOfferedYear: number;
}

interface Klass {
  id: string;
  year: number;
  isMain: boolean;
  isPartySpirit: boolean;
  startMs: number;
  days: number;
  sessions: number;
}

export function generateDataset(options: DatasetOptions, sink: Sink): Record<string, number> {
  const rng = createRng(options.seed);
  const firstYear = options.endYear - options.years + 1;
  const counts: Record<string, number> = {};
  const emit = (kind: string, items: Iterable<Json>) => {
    sink.begin(kind);
    let n = 0;
    for (const item of items) {
      sink.item(item);
      n++;
    }
    sink.end();
    counts[kind] = n;
  };

  // Semesters: spring and autumn of each year.
  const semesters: { id: string; year: number; startMs: number; endMs: number }[] = [];
  for (let y = firstYear; y <= options.endYear; y++) {
    semesters.push({ id: `${y}S`, year: y, startMs: utc(y, 3, 1), endMs: utc(y, 7, 15) });
    semesters.push({ id: `${y}A`, year: y, startMs: utc(y, 9, 1), endMs: utc(y, 12, 31) });
  }
  emit('semesters', semesters.map((s) => ({
    id: s.id,
    name: `${s.year}年${s.id.endsWith('S') ? '春季' : '秋季'}学期`,
    year: s.year,
    start: iso(s.startMs),
    end: iso(s.endMs),
  })));

  // Faculty pool, indexed by type so sessions can draw the teacher mix.
  const facultyByType = new Map<string, string[]>();
  const fw = width(options.lecturers);
  emit('faculty', (function* () {
    for (let i = 1; i <= options.lecturers; i++) {
      const type = rng.weighted(FACULTY_MIX);
      const id = pad('F', i, fw);
      (facultyByType.get(type) ?? facultyByType.set(type, []).get(type)!).push(id);
      const organization = type === 'fulltime' ? rng.pick(TEACHING_DEPARTMENTS) : type === 'leader' ? rng.pick(AGENCIES) : undefined;
      yield { id, name: personName(rng), type, title: rng.pick(TITLES[type]!), ...(organization ? { organization } : {}) };
    }
  })());

  // Course catalog: an established catalog before the first year, then new courses every year; a course
  // is substantially revised now and then. About a fifth of a year's main-class courses count as renewed.
  const courses: Course[] = [];
  const courseCount = 400 + 200 * options.years;
  const cw = width(courseCount);
  emit('courses', (function* () {
    for (let i = 1; i <= courseCount; i++) {
      const category = rng.weighted(CATEGORY_MIX);
      const firstOfferedYear = i <= 400 ? rng.int(firstYear - 8, firstYear - 1) : firstYear + Math.floor(((i - 401) / (courseCount - 400)) * options.years);
      const method = category === 'party_spirit' && rng.chance(0.3) ? 'experiential' : rng.weighted(METHOD_MIX);
      const form = category === 'party_spirit' && rng.chance(0.25) ? 'field' : rng.weighted(FORM_MIX);
      const revisedYears: number[] = [];
      for (let y = Math.max(firstOfferedYear + 1, firstYear); y <= options.endYear; y++) if (rng.chance(0.06)) revisedYears.push(y);
      const course = { id: pad('C', i, cw), category, firstOfferedYear };
      courses.push(course);
      const angle = rng.pick(TOPIC_ANGLES);
      yield {
        id: course.id,
        title: `${rng.pick(COURSE_TOPICS[category]!)}${angle ? `：${angle}` : ''}（${i}）`,
        category,
        method,
        form,
        firstOfferedYear,
        revisedYears,
        isCase: method === 'case',
      };
    }
  })());
  const catalog = new Map<string, Course[]>();
  const available = (year: number, category: string): Course[] => {
    const key = `${year}/${category}`;
    let list = catalog.get(key);
    if (!list) {
      list = courses.filter((c) => c.firstOfferedYear <= year && c.category === category);
      catalog.set(key, list);
    }
    return list;
  };
  const newThisYear = (year: number): Course[] => {
    const key = `${year}/new`;
    let list = catalog.get(key);
    if (!list) catalog.set(key, (list = courses.filter((c) => c.firstOfferedYear === year)));
    return list;
  };

  // Classes: half in each semester, each with a run of consecutive days inside its semester.
  const klasses: Klass[] = [];
  const kw = width(options.classesPerYear * options.years);
  const low = Math.ceil(options.sessionsPerClass / 2);
  emit('classes', (function* () {
    let n = 0;
    for (const s of semesters) {
      const inSemester = s.id.endsWith('S') ? Math.ceil(options.classesPerYear / 2) : Math.floor(options.classesPerYear / 2);
      const span = Math.round((s.endMs - s.startMs) / DAY) + 1;
      for (let i = 0; i < inSemester; i++) {
        n++;
        const kind = rng.pick(CLASS_KINDS);
        const sessions = rng.int(low, 2 * options.sessionsPerClass - low);
        const days = Math.min(Math.ceil(sessions / 2), span);
        const startMs = s.startMs + rng.int(0, span - days) * DAY;
        const k: Klass = { id: pad('K', n, kw), year: s.year, isMain: kind.main, isPartySpirit: kind.partySpirit, startMs, days, sessions };
        klasses.push(k);
        yield {
          id: k.id,
          name: `${s.year}年第${n}期${kind.name}`,
          semester: s.id,
          isMain: k.isMain,
          isPartySpirit: k.isPartySpirit,
          start: iso(startMs),
          end: iso(startMs + (days - 1) * DAY),
          traineeCount: rng.int(30, 120),
        };
      }
    }
  })());

  // Sessions: two or three a day. Most take category, method and form from their course; some override
  // them; a few are co-taught and a very few have no lecturer yet (a data-quality finding).
  const sw = width(klasses.reduce((sum, k) => sum + k.sessions, 0));
  const teacher = (): string => {
    const pool = facultyByType.get(rng.weighted(TEACHER_MIX)) ?? facultyByType.get('fulltime')!;
    return rng.pick(pool);
  };
  emit('sessions', (function* () {
    let n = 0;
    for (const k of klasses) {
      for (let i = 0; i < k.sessions; i++) {
        n++;
        const wantNew = k.isMain && rng.chance(0.12);
        const category = k.isPartySpirit && rng.chance(0.55) ? 'party_spirit' : rng.weighted(CATEGORY_MIX);
        const pool = wantNew && newThisYear(k.year).length > 0 ? newThisYear(k.year) : available(k.year, category);
        const course = pool.length > 0 ? rng.pick(pool) : rng.pick(courses);
        const lecturers: string[] = [];
        const r = rng.next();
        if (r >= 0.005) lecturers.push(teacher());
        if (r >= 0.93) lecturers.push(teacher());
        if (r >= 0.99) lecturers.push(teacher());
        const session: Json = {
          id: pad('S', n, sw),
          class: k.id,
          course: course.id,
          date: iso(k.startMs + (Math.floor(i / 2) % k.days) * DAY),
          start: i % 2 === 0 ? '08:30' : rng.chance(0.1) ? '19:00' : '14:30',
          hours: rng.weighted([[3, 70], [1.5, 10], [2, 10], [4, 10]]),
        };
        if (rng.chance(0.15)) session.category = rng.weighted(CATEGORY_MIX);
        if (rng.chance(0.2)) session.method = rng.weighted(METHOD_MIX);
        if (rng.chance(k.isPartySpirit ? 0.3 : 0.15)) session.form = rng.weighted(FORM_MIX);
        session.lecturers = [...new Set(lecturers)];
        yield session;
      }
    }
  })());

  // Online courses on the school's platform: published every year, some revised later (indicator R2).
  const perYear = 60;
  const ow = width(perYear * options.years);
  emit('onlineCourses', (function* () {
    let n = 0;
    for (let y = firstYear; y <= options.endYear; y++) {
      for (let i = 0; i < perYear; i++) {
        n++;
        const revisedYears: number[] = [];
        for (let r = y + 1; r <= options.endYear; r++) if (rng.chance(0.05)) revisedYears.push(r);
        yield {
          id: pad('O', n, ow),
          title: `${rng.pick(ONLINE_TOPICS)}（网络课程${n}）`,
          hours: rng.int(1, 8) / 2,
          publishedYear: y,
          revisedYears,
        };
      }
    }
  })());

  // Trainees, with their hour-rule groups.
  const tw = width(options.trainees);
  emit('trainees', (function* () {
    for (let i = 1; i <= options.trainees; i++) {
      const group = rng.weighted(GROUP_MIX);
      const trainee: Json = {
        id: pad('T', i, tw),
        name: personName(rng),
        group,
        organization: `${rng.pick(PLACES)}${rng.pick(UNITS)}`,
      };
      if (group === 'P1' && rng.chance(0.05)) trainee.exempt = true;
      yield trainee;
    }
  })());

  // Training records: each trainee's share of the total varies; the shares add up to exactly the total.
  const perTrainee = new Uint32Array(options.trainees);
  const mean = options.records / options.trainees;
  let assigned = 0;
  for (let i = 0; i < options.trainees; i++) {
    perTrainee[i] = Math.max(1, Math.round(mean * (0.4 + 1.2 * rng.next())));
    assigned += perTrainee[i]!;
  }
  while (assigned !== options.records) {
    const i = rng.int(0, options.trainees - 1);
    if (assigned < options.records) {
      perTrainee[i]!++;
      assigned++;
    } else if (perTrainee[i]! > 1) {
      perTrainee[i]!--;
      assigned--;
    }
  }
  const windowStart = utc(firstYear, 1, 1);
  const windowDays = Math.round((utc(options.endYear, 12, 31) - windowStart) / DAY) + 1;
  emit('trainingRecords', (function* () {
    for (let t = 0; t < options.trainees; t++) {
      const trainee = pad('T', t + 1, tw);
      const records: Json[] = [];
      for (let j = 0; j < perTrainee[t]!; j++) {
        const kind = rng.chance(0.65) ? 'concentrated' : 'online_self';
        if (kind === 'online_self') {
          records.push({
            trainee,
            date: iso(windowStart + rng.int(0, windowDays - 1) * DAY),
            hours: rng.int(1, 12) / 2,
            kind,
            theory: rng.chance(0.6),
          });
        } else if (rng.chance(0.5)) {
          // Attended a class of this school: a day inside the class, full-time, organised at provincial level.
          const k = rng.pick(klasses);
          const fullDay = rng.chance(0.5);
          records.push({
            trainee,
            date: iso(k.startMs + rng.int(0, k.days - 1) * DAY),
            hours: fullDay ? 6 : 3,
            days: fullDay ? 1 : 0.5,
            kind,
            fullTime: true,
            theory: rng.chance(k.isPartySpirit ? 0.8 : 0.6),
            organizerLevel: 'provincial',
            class: k.id,
          });
        } else {
          const days = rng.int(1, 10);
          records.push({
            trainee,
            date: iso(windowStart + rng.int(0, windowDays - 1) * DAY),
            hours: days * rng.weighted([[6, 1], [7.5, 2], [8, 1]]),
            days,
            kind,
            fullTime: rng.chance(0.7),
            theory: rng.chance(0.55),
            organizerLevel: rng.weighted(ORGANIZER_MIX),
          });
        }
      }
      records.sort((a, b) => (a.date as string).localeCompare(b.date as string));
      yield* records;
    }
  })());
  return counts;
}
