// Turns a checked row of the exchange document into the row the store writes: the format's defaults
// applied (exchange-format.md), absent optional fields as null.
import type { ExchangeItems } from './document.ts';
import type { ExchangeKind } from './fields.ts';

type Row = Record<string, unknown>;

const opt = <T>(v: unknown): T | null => (v === undefined ? null : (v as T));

const ITEMS: { [K in ExchangeKind]: (r: Row) => ExchangeItems[K] } = {
  semesters: (r) => ({ id: r.id, name: r.name, year: r.year, start: r.start, end: r.end }) as ExchangeItems['semesters'],
  faculty: (r) => ({
    id: r.id as string,
    name: r.name as string,
    type: (r.type as ExchangeItems['faculty']['type'] | undefined) ?? 'other',
    title: opt(r.title),
    organization: opt(r.organization),
    tier: opt(r.tier),
  }),
  courses: (r) => ({
    id: r.id as string,
    title: r.title as string,
    category: opt(r.category),
    method: opt(r.method),
    form: opt(r.form),
    firstOfferedYear: opt(r.firstOfferedYear),
    revisedYears: r.revisedYears as number[],
    isCase: (r.isCase as boolean | undefined) ?? false,
    retired: false,
  }),
  classes: (r) => ({
    id: r.id as string,
    name: r.name as string,
    semester: r.semester as string,
    isMain: (r.isMain as boolean | undefined) ?? false,
    isPartySpirit: (r.isPartySpirit as boolean | undefined) ?? false,
    start: opt(r.start),
    end: opt(r.end),
    traineeCount: opt(r.traineeCount),
  }),
  sessions: (r) => ({
    id: r.id as string,
    class: r.class as string,
    course: r.course as string,
    date: r.date as string,
    start: opt(r.start),
    hours: r.hours as number,
    category: opt(r.category),
    method: opt(r.method),
    form: opt(r.form),
    lecturers: r.lecturers as string[],
  }),
  onlineCourses: (r) => ({
    id: r.id as string,
    title: r.title as string,
    hours: r.hours as number,
    publishedYear: opt(r.publishedYear),
    revisedYears: r.revisedYears as number[],
  }),
  trainees: (r) => ({
    id: r.id as string,
    name: r.name as string,
    group: opt(r.group),
    organization: opt(r.organization),
    exempt: (r.exempt as boolean | undefined) ?? false,
  }),
  // the id is filled in by the caller when the document gives none (record-id.ts)
  trainingRecords: (r) => ({
    id: r.id as string,
    trainee: r.trainee as string,
    date: r.date as string,
    hours: r.hours as number,
    days: (r.days as number | undefined) ?? 0,
    kind: (r.kind as ExchangeItems['trainingRecords']['kind'] | undefined) ?? 'concentrated',
    fullTime: (r.fullTime as boolean | undefined) ?? false,
    theory: (r.theory as boolean | undefined) ?? false,
    organizerLevel: opt(r.organizerLevel),
    class: opt(r.class),
  }),
};

export function toItem<K extends ExchangeKind>(kind: K, row: Row): ExchangeItems[K] {
  return ITEMS[kind](row);
}
